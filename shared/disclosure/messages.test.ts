import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chargeQueryBudget } from './budget';
import { perturbCount } from './cell-key';
import { checkChangedUnits } from './change-count';
import { defaultDisclosureConfig as config } from './config';
import type { Blocked, Decision } from './decision';
import { checkDifferencing } from './differencing';
import { formatNumber, formatPercent } from './format';
import { perturbSum } from './magnitude';
import { explain, MESSAGE_CODES } from './messages';
import { checkModel } from './model';
import { checkPercentile } from './percentile';
import { checkPopulationSize } from './population';
import { checkSummaryUnits } from './summary';
import { checkLowCellShare } from './table';
import { checkWinsorBasis, winsorMinimumUnits } from './winsor';

const count = (max: number) => fc.integer({ min: 0, max });
const key = fc.integer({ min: 0, max: 2 ** 32 - 1 });

// Every rule function, fed random protected numbers. Blocked decisions must explain themselves identically
// whatever those numbers are.
const decisions: fc.Arbitrary<Decision> = fc.oneof(
  count(5000).map((n) => checkPopulationSize(n, config)),
  fc
    .array(fc.record({ onlyInNew: count(40), onlyInEarlier: count(40) }))
    .map((d) => checkDifferencing(d, config)),
  fc
    .tuple(count(3000), count(3000))
    .map(([a, b]) => checkChangedUnits({ changed: Math.min(a, b), total: Math.max(a, b) }, config)),
  fc.array(count(12), { minLength: 1 }).map((c) => checkLowCellShare(c, config)),
  count(30).map((n) => checkSummaryUnits(n, config)),
  fc
    .tuple(count(300), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([n, q]) => checkPercentile(n, q, config)),
  fc.tuple(count(12), key).map(([units, keySum]) => perturbCount({ units, keySum }, config)),
  count(300).map((n) => checkWinsorBasis(n, config)),
  fc
    .tuple(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }), key)
    .map(([values, keySum]) => {
      const abs = [...values].sort((a, b) => b - a);
      const total = abs.reduce((s, x) => s + x, 0);
      const cell = {
        units: values.length,
        keySum,
        sum: total,
        absSum: total,
        maxAbs: abs[0] ?? 0,
        topAbsSum: (abs[0] ?? 0) + (abs[1] ?? 0),
      };
      return perturbSum(cell, 'sum:X', config);
    }),
  fc
    .tuple(count(200), count(200), count(200))
    .map(([units, df, level]) =>
      checkModel(
        { units, residualDf: Math.min(df, units), levels: [{ term: 'x=1', units: Math.min(level, units) }] },
        config,
      ),
    ),
  fc.tuple(count(1200), count(3)).map(([used, n]) => chargeQueryBudget({ used }, n, config).decision),
);

// The numbers a message may contain: public thresholds, in both languages' formats.
const publicNumbers = (() => {
  const leaves: number[] = [winsorMinimumUnits(config)];
  const walk = (v: unknown) => {
    if (typeof v === 'number') leaves.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(config);
  const texts = leaves.flatMap((n) =>
    (['nb', 'en'] as const).flatMap((l) => [formatPercent(n, l), formatNumber(n, l)]),
  );
  return [...new Set(texts)].sort((a, b) => b.length - a.length);
})();

function digitsLeft(text: string): string {
  let rest = text;
  for (const t of publicNumbers) rest = rest.split(t).join(' ');
  return rest.replace(/\b(T\d|P1|L1)\b/g, ' ').replace(/[^\d]/g, '');
}

describe('disclosure messages', () => {
  it('exist in Norwegian and English for every code, and differ', () => {
    for (const code of MESSAGE_CODES) {
      const { message } = explain(code, config, { rule: 'T1', name: 'X' });
      expect(message.nb.length).toBeGreaterThan(20);
      expect(message.en.length).toBeGreaterThan(20);
      expect(message.nb).not.toBe(message.en);
    }
  });

  it('read the same whatever protected number lies behind them', () => {
    const seen = new Map<string, Blocked['message']>();
    fc.assert(
      fc.property(decisions, (d) => {
        const explained = d.outcome === 'ok' ? d.notice : d;
        if (!explained) return;
        const earlier = seen.get(explained.code);
        if (earlier) expect(explained.message).toEqual(earlier);
        else seen.set(explained.code, explained.message);
      }),
      { numRuns: 3000 },
    );
    expect(seen.size).toBeGreaterThanOrEqual(10);
  });

  it('contain no number except public thresholds and rule ids', () => {
    fc.assert(
      fc.property(decisions, (d) => {
        const explained = d.outcome === 'ok' ? d.notice : d;
        if (!explained) return;
        expect(digitsLeft(explained.message.nb)).toBe('');
        expect(digitsLeft(explained.message.en)).toBe('');
      }),
      { numRuns: 1000 },
    );
  });

  it('name their rule', () => {
    fc.assert(
      fc.property(decisions, (d) => {
        if (d.outcome === 'ok') return;
        expect(d.message.nb).toContain(`regel ${d.rule}`);
        expect(d.message.en).toContain(`rule ${d.rule}`);
      }),
      { numRuns: 500 },
    );
  });
});
