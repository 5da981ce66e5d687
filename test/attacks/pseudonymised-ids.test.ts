import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttackEngine } from './support/attack-engine';

// P1: a pseudonymised id (BEFOLKNING_FAR_FNR holds the father's person id) is a key for merge and collapse
// only. Used in an expression, a condition, a table or a statistic it would let the attacker read, compare or
// pick out ids; the checker refuses the script before anything runs.
const prefix = `require no.ssb.fdb:12 as db
create-dataset p
import db/BEFOLKNING_KJOENN as kjonn
import db/BEFOLKNING_FAR_FNR as far
`;

let engine: AttackEngine;
beforeAll(async () => {
  engine = await AttackEngine.open();
});
afterAll(async () => {
  await engine.close();
});

describe('attack: pseudonymised ids in expressions', () => {
  it.each([
    ['arithmetic on the id', 'generate x = far + 1'],
    ['the id copied into a variable', 'generate x = far'],
    ['a condition on the id', 'keep if far > 2991960000000000000'],
    [
      'an id compared with a number in replace',
      'generate x = 0\nreplace x = 1 if far == 2991960000000000000',
    ],
    ['a table of ids', 'tabulate far'],
    ['statistics of ids', 'summarize far'],
    ['a histogram of ids', 'histogram far'],
    ['a regression on the id', 'generate y = 1\nregress y far'],
    ['a string function on the id', 'generate s = string(far)'],
  ])('the checker refuses %s (P1), so no plan exists to run', (_name, line) => {
    const { errors, plan } = engine.compile(prefix + line);
    expect(plan).toBeNull();
    expect(errors.map((e) => e.code)).toContain('pseudonym-misuse');
  });

  it('still allows the id as a merge key, which publishes nothing by itself', () => {
    const { errors, plan } = engine.compile(`${prefix}create-dataset fedre
import db/BEFOLKNING_KJOENN as kjonn_far
merge kjonn_far into p on far
`);
    expect(errors).toEqual([]);
    expect(plan).not.toBeNull();
  });
});
