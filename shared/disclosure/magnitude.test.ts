import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { perturbCount } from './cell-key';
import { defaultDisclosureConfig as config, type DisclosureConfig } from './config';
import { type MagnitudeCell, perturbMean, perturbSum } from './magnitude';
import { KEY_SPACE } from './ptable';

const key = fc.noBias(fc.integer({ min: 0, max: KEY_SPACE - 1 }));

/** The aggregates SQL would compute for these contributions. */
function cellOf(values: number[], keySum: number, topUnits = 2): MagnitudeCell {
  const abs = values.map(Math.abs).sort((a, b) => b - a);
  return {
    units: values.length,
    keySum,
    sum: values.reduce((s, x) => s + x, 0),
    absSum: abs.reduce((s, x) => s + x, 0),
    maxAbs: abs[0] ?? 0,
    topAbsSum: abs.slice(0, topUnits).reduce((s, x) => s + x, 0),
  };
}

function published(cell: MagnitudeCell, statistic = 'sum:X', c: DisclosureConfig = config): number {
  const out = perturbSum(cell, statistic, c);
  if (out.outcome !== 'ok') throw new Error(`${out.outcome}: ${out.code}`);
  return out.value;
}

const incomes = fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 10, maxLength: 60 });

describe('perturbSum (MAG, NK, T7)', () => {
  it('suppresses a sum over 9 units and allows one over 10 (T7)', () => {
    const nine = cellOf(Array(9).fill(5), 123);
    const ten = cellOf(Array(10).fill(5), 123);
    expect(perturbSum(nine, 'sum:X', config)).toMatchObject({ outcome: 'suppress', rule: 'T7' });
    expect(perturbSum(ten, 'sum:X', config).outcome).toBe('ok');
  });

  it('suppresses when the top 2 contributions exceed 90 % of the total, not at exactly 90 % (NK)', () => {
    // With js = 0 the equivalent-count rule never suppresses, so NK alone decides (with the default js = 2,
    // MAG already suppresses any cell whose largest contribution exceeds a third of the total, which NK implies).
    const noBlocking = { ...config, cellKey: { ...config.cellKey, blockAtOrBelow: 0 } };
    const atLimit = cellOf([45, 45, ...Array(8).fill(1.25)], 99);
    const over = cellOf([46, 45, ...Array(8).fill(1.125)], 99);
    expect(atLimit.topAbsSum / atLimit.absSum).toBe(0.9);
    expect(perturbSum(atLimit, 'sum:X', noBlocking).outcome).toBe('ok');
    expect(perturbSum(over, 'sum:X', noBlocking)).toMatchObject({
      outcome: 'suppress',
      rule: 'NK',
      code: 'dominance',
    });
  });

  it('suppresses a sum whose largest contribution exceeds 1/(js + 1) of the total (MAG)', () => {
    // 10 units, total 30: a largest contribution of 10 is exactly a third (equivalent count 3), 10.5 is more.
    const atLimit = cellOf([10, ...Array(9).fill(20 / 9)], 4);
    const over = cellOf([10.5, ...Array(9).fill(19.5 / 9)], 4);
    expect(perturbSum(atLimit, 'sum:X', config).outcome).toBe('ok');
    expect(perturbSum(over, 'sum:X', config)).toMatchObject({
      outcome: 'suppress',
      rule: 'MAG',
      code: 'dominated-magnitude',
    });
  });

  it('treats a 0/1 variable like the count it sums: 2 ones suppressed, 3 published', () => {
    // NK on the single largest unit with a loose share, so only the equivalent-count rule is at work.
    const loose = {
      ...config,
      magnitude: { ...config.magnitude, dominance: { topUnits: 1, maxShare: 0.99 } },
    };
    expect(perturbSum(cellOf([1, 1, 1, ...Array(20).fill(0)], 5, 1), 'sum:D', loose).outcome).toBe('ok');
    expect(perturbSum(cellOf([1, 1, ...Array(20).fill(0)], 5, 1), 'sum:D', loose)).toMatchObject({
      outcome: 'suppress',
      rule: 'MAG',
      code: 'dominated-magnitude',
    });
  });

  it('rounds a sum of ones to a value the count table could publish', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 400 }), key, (ones, keySum) => {
        const p = published(cellOf(Array(ones).fill(1), keySum), 'sum:ONE');
        expect(Math.abs(Math.round(p) - ones)).toBeLessThanOrEqual(5);
        expect(Math.abs(p - Math.round(p))).toBeLessThan(0.5);
      }),
    );
  });

  it('keeps noise within noiseScale · max contribution · (D + ½)', () => {
    fc.assert(
      fc.property(incomes, key, (values, keySum) => {
        const cell = cellOf(values, keySum);
        const out = perturbSum(cell, 'sum:X', config);
        if (out.outcome === 'ok')
          expect(Math.abs(out.value - cell.sum)).toBeLessThanOrEqual(cell.maxAbs * 5.5);
      }),
    );
  });

  it('has zero mean and standard deviation M·√(V + 1/12) over the key space', () => {
    const cell = cellOf(Array(40).fill(10), 0);
    const samples = 40_000;
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < samples; i++) {
      const noise = published({ ...cell, keySum: Math.floor(((i + 0.5) / samples) * KEY_SPACE) }) - cell.sum;
      s1 += noise;
      s2 += noise * noise;
    }
    expect(Math.abs(s1 / samples)).toBeLessThan(0.1);
    expect(Math.sqrt(s2 / samples)).toBeCloseTo(10 * Math.sqrt(3 + 1 / 12), 0);
  });

  it('is deterministic for the same units and value, and draws fresh noise for another statistic or content', () => {
    fc.assert(
      fc.property(incomes, key, (values, keySum) => {
        const cell = cellOf(values, keySum);
        if (perturbSum(cell, 'sum:X', config).outcome !== 'ok') return;
        expect(published(cell)).toBe(published({ ...cell }));
      }),
    );
    const cell = cellOf(Array(50).fill(100), 987_654_321);
    const renamed = new Set(
      ['sum:A', 'sum:B', 'sum:C', 'sum:D', 'sum:E', 'sum:F'].map((s) => published(cell, s)),
    );
    expect(renamed.size).toBeGreaterThan(3);
  });

  it('negating a variable negates its published sum, and same-signed sums keep their sign', () => {
    fc.assert(
      fc.property(incomes, key, (values, keySum) => {
        const plus = perturbSum(cellOf(values, keySum), 'sum:X', config);
        const minus = perturbSum(
          cellOf(
            values.map((v) => -v),
            keySum,
          ),
          'sum:X',
          config,
        );
        if (plus.outcome !== 'ok' || minus.outcome !== 'ok') return;
        expect(minus.value + 0).toBe(-plus.value + 0); // + 0: a published zero has no sign
        expect(plus.value).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('publishes 0 for a cell whose contributions are all 0', () => {
    expect(perturbSum(cellOf(Array(12).fill(0), 77), 'sum:X', config)).toEqual({
      outcome: 'ok',
      rule: 'MAG',
      value: 0,
    });
  });

  it('refuses inconsistent aggregates', () => {
    const good = cellOf(Array(12).fill(3), 77);
    for (const bad of [
      { ...good, keySum: null },
      { ...good, sum: Number.NaN },
      { ...good, maxAbs: 100 },
      { ...good, sum: 1000 },
      { ...good, topAbsSum: 1 },
    ]) {
      expect(perturbSum(bad, 'sum:X', config)).toMatchObject({ outcome: 'refuse', code: 'invalid-input' });
    }
  });
});

describe('perturbMean', () => {
  it('is the perturbed sum over the perturbed count of the same units', () => {
    fc.assert(
      fc.property(incomes, key, (values, keySum) => {
        const cell = cellOf(values, keySum);
        const sum = perturbSum(cell, 'sum:X', config);
        const count = perturbCount({ units: cell.units, keySum }, config);
        const mean = perturbMean(cell, 'sum:X', config);
        if (sum.outcome !== 'ok' || count.outcome !== 'ok') {
          expect(mean.outcome).not.toBe('ok');
          return;
        }
        expect(mean).toEqual({ outcome: 'ok', rule: 'MAG', value: sum.value / count.value });
      }),
    );
  });

  it('is suppressed with its sum', () => {
    expect(perturbMean(cellOf(Array(5).fill(1), 1), 'sum:X', config)).toMatchObject({
      outcome: 'suppress',
      rule: 'T7',
    });
  });
});
