import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDisclosureConfig } from './config';
import { buildPerturbationTable, deviationFor, KEY_SPACE, rowFor } from './ptable';
import { maxFeasibleVariance, supportOf } from './ptable-support';

// Any (D, js, V) the config schema would accept: D > js and V below every row's zero-mean maximum.
const params = fc
  .record({ maxDeviation: fc.integer({ min: 1, max: 8 }), blockAtOrBelow: fc.integer({ min: 0, max: 4 }) })
  .filter((p) => p.maxDeviation > p.blockAtOrBelow)
  .chain((p) => {
    let limit = Number.POSITIVE_INFINITY;
    for (let n = p.blockAtOrBelow + 1; n <= p.maxDeviation + p.blockAtOrBelow + 1; n++) {
      limit = Math.min(limit, maxFeasibleVariance(supportOf(n, p)));
    }
    return fc.double({ min: 0.05, max: limit * 0.9, noNaN: true }).map((variance) => ({ ...p, variance }));
  });

describe('perturbation table', () => {
  it('every row has exactly zero mean, the configured variance, and no negative or blocked outcome', () => {
    fc.assert(
      fc.property(params, (p) => {
        const table = buildPerturbationTable(p);
        for (const row of table.rows) {
          const total = row.weights.reduce((s, w) => s + w, 0);
          const drift = row.deviations.reduce((s, d, i) => s + d * (row.weights[i] ?? 0), 0);
          const variance =
            row.deviations.reduce((s, d, i) => s + d * d * (row.weights[i] ?? 0), 0) / KEY_SPACE;
          expect(total).toBe(KEY_SPACE);
          expect(drift).toBe(0);
          expect(Math.abs(variance - p.variance)).toBeLessThan(1e-6);
          for (const [i, d] of row.deviations.entries()) {
            const published = row.count + d;
            expect(Math.abs(d)).toBeLessThanOrEqual(p.maxDeviation);
            expect(published === 0 || published > p.blockAtOrBelow).toBe(true);
            expect(row.weights[i]).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is the maximum-entropy solution: log p(d) is a quadratic in d', () => {
    // The max-entropy distribution under mean and variance constraints is p(d) ∝ exp(a·d + b·d²), so the second
    // difference of log p over consecutive deviations is the constant 2b. Checked on the solver's output.
    for (const row of buildPerturbationTable(defaultDisclosureConfig.cellKey).rows) {
      const seconds: number[] = [];
      for (let i = 1; i + 1 < row.deviations.length; i++) {
        const [d0, d1, d2] = [i - 1, i, i + 1].map((j) => row.deviations[j] ?? Number.NaN) as [
          number,
          number,
          number,
        ];
        if (d1 - d0 !== 1 || d2 - d1 !== 1) continue;
        const lp = (j: number) => Math.log(row.probabilities[j] ?? 0);
        seconds.push(lp(i + 1) - 2 * lp(i) + lp(i - 1));
      }
      for (const s of seconds) expect(s).toBeCloseTo(seconds[0] ?? 0, 9);
    }
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(params, (p) => {
        expect(buildPerturbationTable(p)).toEqual(buildPerturbationTable(p));
      }),
      { numRuns: 30 },
    );
  });

  it('has the expected rows for the SSBcellKey defaults (D = 5, V = 3, js = 2)', () => {
    const table = buildPerturbationTable(defaultDisclosureConfig.cellKey);
    expect(table.rows.map((r) => r.count)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(table.rows[0]?.deviations).toEqual([-3, 0, 1, 2, 3, 4, 5]);
    expect(table.rows[5]?.deviations).toEqual([-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5]);
    const symmetric = table.rows[5]?.probabilities ?? [];
    for (let i = 0; i < symmetric.length; i++)
      expect(symmetric[i]).toBeCloseTo(symmetric[symmetric.length - 1 - i] ?? -1, 12);
    expect(rowFor(table, 0)).toBeUndefined();
    expect(rowFor(table, 2)).toBeUndefined();
    expect(rowFor(table, 3)?.count).toBe(3);
    expect(rowFor(table, 1_000_000)?.count).toBe(8);
  });

  it('looks keys up by exact integer intervals', () => {
    const row = buildPerturbationTable(defaultDisclosureConfig.cellKey).rows[5];
    if (!row) throw new Error('missing row');
    expect(deviationFor(row, 0)).toBe(-5);
    expect(deviationFor(row, KEY_SPACE - 1)).toBe(5);
    row.upperBounds.forEach((bound, i) => {
      if (i + 1 < row.deviations.length) {
        expect(deviationFor(row, bound - 1)).toBe(row.deviations[i]);
        expect(deviationFor(row, bound)).toBe(row.deviations[i + 1]);
      }
    });
    expect(() => deviationFor(row, KEY_SPACE)).toThrow(RangeError);
  });
});
