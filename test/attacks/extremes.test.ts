import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../../shared/engine/output';
import { AttackEngine } from './support/attack-engine';
import { numbersIn } from './support/published';
import { EARNERS } from './support/scripts';
import { WAGES_2020 } from './support/truth';

// Extremes: the largest wages belong to a few people; min, max, high percentiles, the top bin of a
// histogram, a box plot's whisker, a volume table's max, or a variable made from the top earners would show
// them. T2 winsorises at p1/p99 first, PCT suppresses percentiles that touch the extremes, T6 refuses
// singling out the top earner: no released number may come near any of the five largest wages.

let engine: AttackEngine;
let top: number[];
let p99: number;
beforeAll(async () => {
  engine = await AttackEngine.open();
  const rows = await engine.truth(
    `SELECT value FROM ${WAGES_2020} WHERE value IS NOT NULL ORDER BY value DESC LIMIT 5`,
  );
  top = rows.map((r) => Number(r.value));
  const [q] = await engine.truth(`SELECT quantile_cont(value, 0.99) AS q FROM ${WAGES_2020}`);
  p99 = Number(q?.q);
});
afterAll(async () => {
  await engine.close();
});

/** Released numbers within 0.5 % of one of the top wages (they sit far above p99 in this data). */
function nearTop(outputs: readonly Output[]): number[] {
  return numbersIn(outputs).filter((x) => top.some((m) => Math.abs(x - m) <= 0.005 * m));
}

describe('attack: extremes through min, max, percentiles, graphs and winsorising', () => {
  it('the secret is well above p99 (otherwise this attack would prove nothing)', () => {
    expect(top.at(-1)!).toBeGreaterThan(p99 * 1.05);
  });

  it.each<[string, () => string]>([
    ['summarize with detail', () => 'summarize lonn, detail'],
    ['summarize per group', () => "summarize lonn if kjonn == '1'\nsummarize lonn if faarmnd < 196000"],
    [
      'a volume table of max and percentiles',
      () => 'tabulate kjonn, summarize(lonn) max min p75 median sum mean',
    ],
    ['a histogram', () => 'histogram lonn'],
    ['a box plot', () => 'boxplot lonn\nboxplot lonn, over(kjonn)'],
    ['a bar chart of the max', () => 'barchart (max) lonn, over(kjonn)'],
    [
      'a variable of the five largest wages (T6 refuses it)',
      () => `generate topp = lonn if lonn >= ${top.at(-1)!}`,
    ],
    [
      'a variable of the wages above p99, summarised',
      () => `generate topp = lonn if lonn > ${p99}\nsummarize topp`,
    ],
    ['replacing all but the largest wages', () => `replace lonn = 0 if lonn < ${top[0]!}\nsummarize lonn`],
  ])('%s shows none of the five largest wages', async (_name, lines) => {
    const { outputs } = await engine.run(`${EARNERS}${lines()}\n`);
    expect(outputs.some((o) => o.kind !== 'error')).toBe(true);
    expect(nearTop(outputs)).toEqual([]);
  });
});
