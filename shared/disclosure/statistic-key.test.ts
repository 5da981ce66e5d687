import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEY_SPACE } from './ptable';
import { deriveKey, fmix32, numberWords, stringWords } from './statistic-key';

describe('statistic keys', () => {
  it('uses murmur3 fmix32 (reference values from an independent implementation)', () => {
    expect([0, 1, 2, 0xdeadbeef, 0xffffffff].map(fmix32)).toEqual([
      0x0, 0x514e28b7, 0x30f4c306, 0x0de5c6a9, 0x81f16f39,
    ]);
  });

  it('maps key sums to keys one-to-one for a fixed salt (so a uniform key sum gives a uniform key)', () => {
    const salt = stringWords('sum:INNTEKT');
    const seen = new Set<number>();
    for (let k = 0; k < 200_000; k++) seen.add(deriveKey(k * 21_473, salt));
    expect(seen.size).toBe(200_000);
  });

  it('gives every derived key a value in [0, 2^32)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: KEY_SPACE - 1 }),
        fc.array(fc.integer({ min: 0, max: KEY_SPACE - 1 })),
        (k, salt) => {
          const d = deriveKey(k, salt);
          expect(Number.isInteger(d) && d >= 0 && d < KEY_SPACE).toBe(true);
        },
      ),
    );
  });

  it('gives different salts keys with no visible relation', () => {
    const keys = fc.sample(fc.noBias(fc.integer({ min: 0, max: KEY_SPACE - 1 })), {
      numRuns: 20_000,
      seed: 7,
    });
    const a = keys.map((k) => deriveKey(k, stringWords('sum:A')) / KEY_SPACE);
    const b = keys.map((k) => deriveKey(k, stringWords('sum:B')) / KEY_SPACE);
    const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
    const cov = mean(a.map((x, i) => (x - 0.5) * ((b[i] ?? 0) - 0.5)));
    expect(Math.abs(cov / (1 / 12))).toBeLessThan(0.03);
    // And each is uniform: 16 buckets of 1250 expected; a chi-square over 15 df stays far below 50.
    const buckets = new Array(16).fill(0);
    for (const x of a) buckets[Math.floor(x * 16)]++;
    const chi = buckets.reduce((s, o) => s + (o - 1250) ** 2 / 1250, 0);
    expect(chi).toBeLessThan(50);
  });

  it('salts numbers by their exact bits, treating -0 as 0', () => {
    expect(numberWords(-0)).toEqual(numberWords(0));
    expect(numberWords(0.1 + 0.2)).not.toEqual(numberWords(0.3));
    expect(stringWords('æ')).toEqual([0xa6c3, 2]);
  });
});
