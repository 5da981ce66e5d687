import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttackEngine } from './support/attack-engine';
import { contentOf, refusalsOf } from './support/published';
import { EARNERS, PERSONS } from './support/scripts';
import { type Target, uniqueBirthMonths, uniqueEarners } from './support/truth';

// A `replace` that touches one unit: replace the target's value with something recognisable, then compare
// a table or statistic before and after. T6 refuses the replace, so nothing changes. T6 counts the units a
// command assigns to, not the units whose value changes: otherwise "replace x = 1 for the target and 9
// units known to have 1" would be refused exactly when the target already had 1 (an oracle).

let engine: AttackEngine;
let targets: Target[];
beforeAll(async () => {
  engine = await AttackEngine.open();
  targets = await uniqueBirthMonths(engine);
});
afterAll(async () => {
  await engine.close();
});

describe('attack: a replace that touches one unit', () => {
  it('is refused (T6) and the tables before and after are the same', async () => {
    const target = targets[0]!;
    const { outputs } = await engine.run(
      `${PERSONS}generate x = 0\ntabulate x kjonn\nreplace x = 1 if faarmnd == ${target.month}\ntabulate x kjonn\n`,
    );
    expect(refusalsOf(outputs)).toEqual(['T6/change-singles-out']);
    const tables = outputs.filter((o) => o.kind === 'table');
    expect(contentOf(tables[1]!)).toEqual(contentOf(tables[0]!));
  });

  it('touching all but one unit is refused as well', async () => {
    const { outputs } = await engine.run(`${PERSONS}generate x = 1 if faarmnd != ${targets[0]!.month}\n`);
    expect(refusalsOf(outputs)).toEqual(['T6/change-singles-out']);
  });

  it('replacing a wage of one earner and summarising is refused, so the mean does not move', async () => {
    const earner = (await uniqueEarners(engine))[0]!;
    const { outputs } = await engine.run(
      `${EARNERS}summarize lonn\nreplace lonn = 100000000 if faarmnd == ${earner.month}\nsummarize lonn\n`,
    );
    expect(refusalsOf(outputs)).toEqual(['T6/change-singles-out']);
    const tables = outputs.filter((o) => o.kind === 'table');
    expect(contentOf(tables[1]!)).toEqual(contentOf(tables[0]!));
  });

  it('the decision does not depend on the target’s own value (no oracle)', async () => {
    // x = 1 for every man; then "replace x = 1" for the target and the men of one birth month. Counting value
    // changes would give 0 changes for a male target (allowed) and 1 for a female one (refused).
    const man = targets.find((t) => t.sex === '1')!;
    const woman = targets.find((t) => t.sex === '2')!;
    const padding = (
      await engine.truth(
        `SELECT f.value AS month FROM {data:BEFOLKNING_FOEDSELS_AAR_MND} AS f JOIN {data:BEFOLKNING_KJOENN} AS k USING (unit_id)
       WHERE k.value = '1' GROUP BY f.value HAVING count(*) >= 9 ORDER BY f.value LIMIT 1`,
      )
    )[0]!;
    const decide = async (t: Target) => {
      const { outputs } = await engine.run(
        `${PERSONS}generate x = 0\nreplace x = 1 if kjonn == '1'\nreplace x = 1 if faarmnd == ${t.month} | (faarmnd == ${padding.month} & kjonn == '1')\n`,
      );
      return refusalsOf(outputs);
    };
    // Assignments: the target plus the men born in that month (at least 9), whatever the target's sex.
    expect(await decide(man)).toEqual([]);
    expect(await decide(woman)).toEqual([]);
  });
});
