import { describe, expect, it } from 'vitest';
import { linesOf } from './run-range';

const doc = 'require a\ncreate-dataset d\ntabulate x\n';

describe('lines to run', () => {
  it('takes the whole line of a cursor', () => {
    const at = doc.indexOf('dataset');
    expect(linesOf(doc, at, at)).toEqual({ text: 'create-dataset d', firstLine: 1, offset: 10 });
  });

  it('widens a selection to whole lines and leaves out a line the selection only touches at its start', () => {
    const from = doc.indexOf('eate');
    const to = doc.indexOf('tabulate');
    expect(linesOf(doc, from, to)).toEqual({ text: 'create-dataset d', firstLine: 1, offset: 10 });
    expect(linesOf(doc, 0, doc.indexOf('x'))).toEqual({
      text: 'require a\ncreate-dataset d\ntabulate x',
      firstLine: 0,
      offset: 0,
    });
  });
});
