import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttackEngine } from './support/attack-engine';
import { refusalsOf, tablesOf } from './support/published';
import { personsWhere } from './support/scripts';
import { type Target, uniqueBirthMonths } from './support/truth';

// A tracker built from `keep if` conditions. Two populations one person apart are refused (DIFF), so the
// attacker pads: with a base B (≥ 1000 persons) and two padding years P and Q (≥ 10 persons each),
//   1{t} = 1{B ∪ P ∪ t} + 1{B ∪ Q ∪ t} − 1{B ∪ P ∪ Q ∪ t} − 1{B},
// and every pair of these four populations differs by 0 or ≥ 10 units on each side, so DIFF lets all four
// through. With exact counts the same combination of four tables of `kjonn` would give the target's sex
// exactly. With the cell key method each table carries its own noise, so the combination is the truth plus
// the sum of four independent deviations (variance 4·V = 12): the attacker cannot read the sex off it.
const TARGETS = 5;
const BASE = 'faarmnd >= 196000 & faarmnd < 197000';
const year = (y: number) => `(faarmnd >= ${y}00 & faarmnd < ${y + 1}00)`;

let engine: AttackEngine;
let targets: Target[];
beforeAll(async () => {
  engine = await AttackEngine.open();
  // Targets born before 1940, so they are in neither the base (1960s) nor the paddings (1940s, 1950s).
  targets = (await uniqueBirthMonths(engine)).filter((t) => t.month < 194000).slice(0, TARGETS);
});
afterAll(async () => {
  await engine.close();
});

/** The four populations of the tracker for target k, as `keep if` conditions. */
function trackerSets(t: Target, k: number): string[] {
  const [p, q] = [year(1940 + 2 * k), year(1941 + 2 * k)];
  const me = `faarmnd == ${t.month}`;
  return [`${BASE} | ${p} | ${me}`, `${BASE} | ${q} | ${me}`, `${BASE} | ${p} | ${q} | ${me}`, BASE];
}

function trackerScript(): string {
  let script = 'require no.ssb.fdb:12 as db\n';
  targets.forEach((t, k) => {
    trackerSets(t, k).forEach((condition, i) => {
      script += `${personsWhere(`s${i}_${k}`, condition)}tabulate kjonn, nolabels\n`;
    });
  });
  return script;
}

/** True counts by sex of a population given as a `keep if` condition, from the defender's data. */
async function trueCounts(condition: string): Promise<Map<string, number>> {
  const sql = condition.replaceAll('&', 'AND').replaceAll('|', 'OR').replaceAll('==', '=');
  const rows = await engine.truth(
    `SELECT k.value AS sex, count(*) AS n FROM (SELECT unit_id, value AS faarmnd FROM {data:BEFOLKNING_FOEDSELS_AAR_MND})
     JOIN {data:BEFOLKNING_KJOENN} AS k USING (unit_id) WHERE ${sql} GROUP BY ALL`,
  );
  return new Map(rows.map((r) => [String(r.sex), Number(r.n)]));
}

describe('attack: a tracker built from keep if conditions', () => {
  it('would give every target’s sex exactly from true counts (the tracker itself is sound)', async () => {
    for (const [k, t] of targets.entries()) {
      const counts = await Promise.all(trackerSets(t, k).map(trueCounts));
      for (const sex of ['1', '2']) {
        const [a, b, c, d] = counts.map((m) => m.get(sex) ?? 0) as [number, number, number, number];
        expect(a + b - c - d).toBe(t.sex === sex ? 1 : 0);
      }
    }
  });

  it('passes DIFF and T1, yet the combined tables do not give the targets’ sex', async () => {
    expect(targets).toHaveLength(TARGETS);
    const { outputs } = await engine.run(trackerScript());
    expect(refusalsOf(outputs)).toEqual([]);
    const tables = tablesOf(outputs);
    expect(tables).toHaveLength(4 * TARGETS);
    const count = (i: number, sex: string) =>
      tables[i]!.rows.find((r) => r.header[0] === sex)?.cells[0]?.value ?? 0;
    let exact = 0;
    let absoluteError = 0;
    targets.forEach((t, k) => {
      for (const sex of ['1', '2']) {
        const estimate =
          count(4 * k, sex) + count(4 * k + 1, sex) - count(4 * k + 2, sex) - count(4 * k + 3, sex);
        const truth = t.sex === sex ? 1 : 0;
        absoluteError += Math.abs(estimate - truth);
        if (estimate === truth) exact++;
      }
    });
    // Without noise every one of the 2·TARGETS estimates would be exact (error 0).
    expect(exact).toBeLessThan(TARGETS);
    expect(absoluteError / (2 * TARGETS)).toBeGreaterThan(1);
  });
});
