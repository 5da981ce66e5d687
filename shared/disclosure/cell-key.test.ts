import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { perturbCount } from './cell-key';
import { defaultDisclosureConfig as config } from './config';
import { KEY_SPACE, perturbationTableFor, rowFor } from './ptable';

const key = fc.integer({ min: 0, max: KEY_SPACE - 1 });
const value = (cell: { units: number; keySum: number | null }) => {
  const out = perturbCount(cell, config);
  if (out.outcome !== 'ok') throw new Error(`unexpected ${out.outcome}`);
  return out.value;
};

describe('perturbCount (CK)', () => {
  it('shows an empty cell as 0', () => {
    expect(perturbCount({ units: 0, keySum: null }, config)).toEqual({ outcome: 'ok', rule: 'CK', value: 0 });
  });

  it.each([1, 2])('suppresses a true count of %i whatever the key', (units) => {
    fc.assert(
      fc.property(key, (keySum) => {
        const out = perturbCount({ units, keySum }, config);
        expect(out).toMatchObject({ outcome: 'suppress', rule: 'CK', code: 'small-count' });
      }),
    );
  });

  it('never publishes a negative count or one of 1..js, and moves at most D', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 100_000 }), key, (units, keySum) => {
        const published = value({ units, keySum });
        expect(published === 0 || published >= 3).toBe(true);
        expect(Math.abs(published - units)).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('gives the same cell (same units, same key sum) the same value every time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), key, (units, keySum) => {
        const cell = { units, keySum: units === 0 ? null : keySum };
        expect(perturbCount(cell, config)).toEqual(perturbCount({ ...cell }, config));
      }),
    );
  });

  it('follows the table row: evenly spread keys reproduce its probabilities', () => {
    const samples = 20_000;
    for (const units of [3, 4, 8, 500]) {
      const row = rowFor(perturbationTableFor(config), units);
      if (!row) throw new Error('no row');
      const counts = new Map<number, number>();
      for (let i = 0; i < samples; i++) {
        const d = value({ units, keySum: Math.floor(((i + 0.5) / samples) * KEY_SPACE) }) - units;
        counts.set(d, (counts.get(d) ?? 0) + 1);
      }
      row.deviations.forEach((d, i) => {
        expect(Math.abs((counts.get(d) ?? 0) / samples - (row.probabilities[i] ?? 0))).toBeLessThanOrEqual(
          1 / samples,
        );
      });
    }
  });

  it('gives two cells that differ by one unit unrelated noise', () => {
    // Cell B = cell A plus one unit: its key sum is A's plus that unit's secret key, mod 2^32.
    const uniform = fc.noBias(key);
    const rng = fc.sample(fc.tuple(uniform, uniform), { numRuns: 20_000, seed: 42 });
    const a: number[] = [];
    const b: number[] = [];
    for (const [keyA, unitKey] of rng) {
      a.push(value({ units: 100, keySum: keyA }) - 100);
      b.push(value({ units: 101, keySum: (keyA + unitKey) % KEY_SPACE }) - 101);
    }
    expect(Math.abs(correlation(a, b))).toBeLessThan(0.03);
    const differences = new Set(a.map((d, i) => (b[i] ?? 0) - d));
    expect(differences.size).toBeGreaterThan(15);
  });

  it('refuses what it cannot read (fails closed)', () => {
    for (const cell of [
      { units: -1, keySum: 0 },
      { units: 2.5, keySum: 0 },
      { units: 10, keySum: null },
      { units: 10, keySum: KEY_SPACE },
      { units: 10, keySum: Number.NaN },
    ]) {
      expect(perturbCount(cell, config)).toMatchObject({
        outcome: 'refuse',
        rule: 'CK',
        code: 'invalid-input',
      });
    }
  });
});

function correlation(x: number[], y: number[]): number {
  const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    const yi = y[i] ?? 0;
    sxy += (xi - mx) * (yi - my);
    sxx += (xi - mx) ** 2;
    syy += (yi - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}
