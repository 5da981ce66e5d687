import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttackEngine } from './support/attack-engine';
import { numbersIn, refusalsOf } from './support/published';
import { EARNERS } from './support/scripts';
import { uniqueEarners } from './support/truth';

// A regression with a dummy for one unit: in `regress lonn d` with d = 1 for the target only, the
// coefficient of d is the target's wage minus the mean of the others, and the constant is that mean: the
// wage falls out exactly. MODEL refuses any model where a dummy level (or its complement) holds < 10 units.

let engine: AttackEngine;
let target: { month: number; wage: number };
beforeAll(async () => {
  engine = await AttackEngine.open();
  target = (await uniqueEarners(engine))[0]!;
});
afterAll(async () => {
  await engine.close();
});

describe('attack: a regression with a dummy for one unit', () => {
  it('making the dummy by replace on one unit is refused (T6)', async () => {
    const { outputs } = await engine.run(
      `${EARNERS}generate d = 0\nreplace d = 1 if faarmnd == ${target.month}\n`,
    );
    expect(refusalsOf(outputs)).toEqual(['T6/change-singles-out']);
  });

  it('a dummy made for everyone at once is allowed, but the model using it is refused (MODEL)', async () => {
    const { outputs } = await engine.run(
      `${EARNERS}generate d = faarmnd == ${target.month}\nregress lonn d\nregress lonn d faarmnd\n`,
    );
    expect(refusalsOf(outputs)).toEqual(['MODEL/model-small-level', 'MODEL/model-small-level']);
    expect(outputs.filter((o) => o.kind === 'table' || o.kind === 'chart')).toEqual([]);
    expect(numbersIn(outputs)).not.toContain(target.wage);
  });

  it('a factor variable with a one-unit level is refused the same way', async () => {
    const { outputs } = await engine.run(
      `${EARNERS}generate g = 1\nreplace g = 2 if faarmnd < 197000\nreplace g = 3 if faarmnd == ${target.month}\nregress lonn i.g\n`,
    );
    // The single-unit recode is itself refused (T6), so g has two large levels and the model may run;
    // either way no published number is the target's wage.
    expect(refusalsOf(outputs)).toContain('T6/change-singles-out');
    expect(numbersIn(outputs)).not.toContain(target.wage);
  });
});
