import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttackEngine } from './support/attack-engine';
import { contentOf, refusalsOf, tablesOf } from './support/published';
import { PERSONS } from './support/scripts';

// Averaging: ask the same table 100 times and average, hoping the noise cancels. Consistent noise (the cell
// key method) gives the same answer every time, so the average is that answer and the truth stays hidden.
const REPEATS = 100;

let engine: AttackEngine;
beforeAll(async () => {
  engine = await AttackEngine.open();
});
afterAll(async () => {
  await engine.close();
});

describe('attack: averaging one table asked 100 times', () => {
  it('gets one answer 100 times, is charged once, and cannot average the noise away', async () => {
    const script = `${PERSONS}generate tiar = int(faarmnd/1000)\n${'tabulate tiar, nolabels\n'.repeat(REPEATS)}`;
    const used = engine.gate.budget.used;
    const { outputs } = await engine.run(script);
    expect(refusalsOf(outputs)).toEqual([]);
    const tables = outputs.filter((o) => o.kind === 'table');
    expect(tables).toHaveLength(REPEATS);
    for (const table of tables) expect(contentOf(table)).toEqual(contentOf(tables[0]!));
    expect(engine.gate.budget.used - used).toBe(1);

    // The defender's truth: persons per decade of birth.
    const truth = new Map(
      (
        await engine.truth(
          `SELECT CAST(value // 1000 AS VARCHAR) AS decade, count(*) AS n FROM {data:BEFOLKNING_FOEDSELS_AAR_MND} GROUP BY ALL`,
        )
      ).map((r) => [String(r.decade), Number(r.n)]),
    );
    const published = tablesOf([tables[0]!])[0]!;
    const pairs = published.rows
      .filter((r) => r.header[0] !== null && truth.has(r.header[0]!))
      .map((r) => ({ decade: r.header[0]!, shown: r.cells[0]!.value, truth: truth.get(r.header[0]!)! }));
    expect(pairs.length).toBe(truth.size);
    // The average of the 100 answers is the one answer; where that differs from the truth, averaging
    // cannot recover it. The noise is really there: some cells differ, and none by more than D = 5.
    const average = (decade: string) =>
      tables.reduce(
        (s, t) => s + (tablesOf([t])[0]!.rows.find((r) => r.header[0] === decade)!.cells[0]!.value ?? 0),
        0,
      ) / REPEATS;
    for (const p of pairs) expect(average(p.decade)).toBe(p.shown ?? 0);
    const perturbed = pairs.filter((p) => p.shown !== null && p.shown !== p.truth);
    expect(perturbed.length).toBeGreaterThan(0);
    for (const p of pairs) if (p.shown !== null) expect(Math.abs(p.shown - p.truth)).toBeLessThanOrEqual(5);
  });

  it('gets the same answer again in a new run of the workspace (the same cell always gets the same noise)', async () => {
    const script = `${PERSONS}generate tiar = int(faarmnd/1000)\ntabulate tiar, nolabels\n`;
    const first = await engine.run(script);
    const fresh = await AttackEngine.open();
    try {
      const second = await fresh.run(script);
      expect(tablesOf(second.outputs)).toEqual(tablesOf(first.outputs));
    } finally {
      await fresh.close();
    }
  });
});
