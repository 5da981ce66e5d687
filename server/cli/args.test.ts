import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { CliError } from './errors';

const spec = { out: 'string', persons: 'integer', force: 'boolean' } as const;

describe('parseArgs', () => {
  it('reads flags in both spellings and keeps positionals in order', () => {
    const parsed = parseArgs(['a.txt', '--out', '/tmp/x', '--persons=10_000', '--force', 'b'], spec);
    expect(parsed).toEqual({
      flags: { out: '/tmp/x', persons: 10000, force: true },
      positional: ['a.txt', 'b'],
    });
  });

  it.each([
    [['--nope'], /unknown option --nope/],
    [['--persons', 'ten'], /whole number/],
    [['--out'], /needs a value/],
    [['--out', '--force'], /needs a value/],
    [['--force=yes'], /takes no value/],
    [['--persons', '99999999999999999999'], /out of range/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv, spec)).toThrowError(CliError);
    expect(() => parseArgs(argv, spec)).toThrowError(message);
  });
});
