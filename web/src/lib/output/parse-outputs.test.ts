import { describe, expect, it } from 'vitest';
import { parseOutputs } from './parse-outputs';

const envelope = { line: 6, command: 'tabulate', span: { start: 10, end: 23 } };

describe('job outputs', () => {
  it('keeps outputs that match the published schema and marks the others as unknown, in order', () => {
    const shown = parseOutputs([
      {
        ...envelope,
        kind: 'notice',
        message: { nb: 'Tre variabler importert.', en: 'Three variables imported.' },
      },
      { ...envelope, kind: 'hologram', data: [1, 2] },
      { ...envelope, kind: 'table', table: { title: 'x' } },
    ]);
    expect(shown.map((s) => (s.ok ? s.output.kind : `unknown:${s.kind}:${s.line}`))).toEqual([
      'notice',
      'unknown:hologram:6',
      'unknown:table:6',
    ]);
  });
});
