import { describe, expect, it } from 'vitest';
import { completionPlace } from './completion-context';

describe('completion place', () => {
  it('completes commands at the start of a line', () => {
    expect(completionPlace('')).toEqual({ kind: 'command', prefix: '' });
    expect(completionPlace('  tabu')).toEqual({ kind: 'command', prefix: 'tabu' });
    expect(completionPlace('create-da')).toEqual({ kind: 'command', prefix: 'create-da' });
  });

  it('completes register variables after alias/', () => {
    expect(completionPlace('import db/BEFOLK')).toEqual({
      kind: 'register-variable',
      alias: 'db',
      prefix: 'BEFOLK',
    });
    expect(completionPlace('import db/')).toEqual({ kind: 'register-variable', alias: 'db', prefix: '' });
  });

  it('completes options after the comma, names before it', () => {
    expect(completionPlace('tabulate kjonn fylke, row')).toEqual({
      kind: 'option',
      command: 'tabulate',
      prefix: 'row',
    });
    expect(completionPlace('tabulate kjonn, missing ')).toEqual({
      kind: 'option',
      command: 'tabulate',
      prefix: '',
    });
    expect(completionPlace('tabulate kj')).toEqual({ kind: 'name', command: 'tabulate', prefix: 'kj' });
    expect(completionPlace('generate x = sub')).toEqual({ kind: 'name', command: 'generate', prefix: 'sub' });
  });

  it('inside an option argument completes names, not options', () => {
    expect(completionPlace('tabulate fylke, summarize(form')).toEqual({
      kind: 'name',
      command: 'tabulate',
      prefix: 'form',
    });
  });

  it('completes nothing in comments and strings', () => {
    expect(completionPlace('// tabu')).toEqual({ kind: 'none' });
    expect(completionPlace('generate x = "ab')).toEqual({ kind: 'none' });
  });
});
