import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedTable } from '../../shared/engine/outputs/table';
import { AttackEngine } from './support/attack-engine';
import { refusalsOf, tablesOf } from './support/published';
import { EARNERS, PERSONS } from './support/scripts';
import { WAGES_2020 } from './support/truth';

// Small cells through percentages and volume tables: a cell of 1 or 2 persons is suppressed in the count
// table, but a percentage computed from the true counts (or a mean beside a perturbed count) would give it
// back. Percentages must come from published counts only, and a cell's sum and mean are suppressed when too
// few units stand behind them (T7, MAG).

let engine: AttackEngine;
beforeAll(async () => {
  engine = await AttackEngine.open();
});
afterAll(async () => {
  await engine.close();
});

/** Published values by `row header|column label`, for a table with one measure per column category. */
function byLabel(table: PublishedTable): Map<string, number | null> {
  const cells = new Map<string, number | null>();
  for (const row of table.rows) {
    const header = row.header.map((h) => h ?? '*').join('/');
    row.cells.forEach((cell, i) => {
      cells.set(`${header}|${table.columns[i]!.label}`, cell.value);
    });
  }
  return cells;
}

async function truthBy(sql: string): Promise<Map<string, number>> {
  const rows = await engine.truth(sql);
  return new Map(rows.map((r) => [`${r.year}|${r.sex}`, Number(r.n)]));
}

describe('attack: small cells through percentages and volume tables', () => {
  it('cells of 1 or 2 persons stay hidden in counts and in row, column and cell percentages', async () => {
    const { outputs } = await engine.run(
      `${PERSONS}generate aar = int(faarmnd/100)\ntabulate aar kjonn, nolabels\ntabulate aar kjonn, rowpct nolabels\ntabulate aar kjonn, colpct nolabels\ntabulate aar kjonn, cellpct nolabels\n`,
    );
    expect(refusalsOf(outputs)).toEqual([]);
    const [counts, rowpct, colpct, cellpct] = tablesOf(outputs).map(byLabel) as Map<string, number | null>[];
    const truth = await truthBy(
      `SELECT CAST(f.value // 100 AS VARCHAR) AS year, k.value AS sex, count(*) AS n
       FROM {data:BEFOLKNING_FOEDSELS_AAR_MND} AS f JOIN {data:BEFOLKNING_KJOENN} AS k USING (unit_id) GROUP BY ALL`,
    );
    const small = [...truth].filter(([, n]) => n <= 2).map(([k]) => k);
    expect(small.length).toBeGreaterThan(0);
    for (const key of small) {
      expect(counts!.get(key) ?? null).toBeNull();
      for (const pct of [rowpct!, colpct!, cellpct!]) expect(pct.get(key) ?? null).toBeNull();
    }
    for (const [key, n] of truth) {
      const shown = counts!.get(key);
      if (shown !== null && shown !== undefined) expect(Math.abs(shown - n)).toBeLessThanOrEqual(5);
    }
    // Row percentages are published count / published row total, to the shown precision.
    for (const [key, pct] of rowpct!) {
      const [year, column] = key.split('|') as [string, string];
      if (column === 'Total' || pct === null) continue;
      const count = counts!.get(key);
      const total = counts!.get(`${year}|Total`);
      expect(count).not.toBeNull();
      expect(pct).toBeCloseTo((100 * count!) / total!, 1);
    }
  });

  it('a volume table suppresses the sum and mean of cells with fewer than 10 earners', async () => {
    const { outputs } = await engine.run(
      `${EARNERS}generate aar = int(faarmnd/100)\ntabulate aar kjonn, summarize(lonn) mean nolabels\ntabulate aar kjonn, summarize(lonn) sum nolabels\n`,
    );
    expect(refusalsOf(outputs)).toEqual([]);
    const [means, sums] = tablesOf(outputs).map(byLabel) as Map<string, number | null>[];
    const truth = await truthBy(
      `SELECT CAST(f.value // 100 AS VARCHAR) AS year, k.value AS sex, count(w.value) AS n
       FROM ${WAGES_2020} AS w JOIN {data:BEFOLKNING_FOEDSELS_AAR_MND} AS f USING (unit_id)
       JOIN {data:BEFOLKNING_KJOENN} AS k USING (unit_id) GROUP BY ALL`,
    );
    const few = [...truth].filter(([, n]) => n > 0 && n < 10).map(([k]) => k);
    expect(few.length).toBeGreaterThan(0);
    for (const key of few) {
      expect(means!.get(key) ?? null).toBeNull();
      expect(sums!.get(key) ?? null).toBeNull();
    }
  });
});
