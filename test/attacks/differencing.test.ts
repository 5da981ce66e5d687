import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttackEngine } from './support/attack-engine';
import { contentOf, refusalsOf } from './support/published';
import { PERSONS, personsWhere } from './support/scripts';
import { type Target, uniqueBirthMonths } from './support/truth';

// Differencing: publish a table for a population, then for the same population without one person (or with
// one more), and subtract: the difference is that person's row. DIFF refuses the second population, so
// both tables describe the same population and their difference is zero.

let engine: AttackEngine;
let target: Target;
beforeAll(async () => {
  engine = await AttackEngine.open();
  target = (await uniqueBirthMonths(engine))[0]!;
});
afterAll(async () => {
  await engine.close();
});

describe('attack: two populations that differ by one person', () => {
  it('drop if on one person is refused (DIFF), and the second table equals the first', async () => {
    const { outputs } = await engine.run(
      `${PERSONS}tabulate kjonn\ndrop if faarmnd == ${target.month}\ntabulate kjonn\n`,
    );
    expect(refusalsOf(outputs)).toEqual(['DIFF/population-too-close']);
    const tables = outputs.filter((o) => o.kind === 'table');
    expect(tables).toHaveLength(2);
    expect(contentOf(tables[1]!)).toEqual(contentOf(tables[0]!));
  });

  it('a second dataset that keeps all but one person is refused too', async () => {
    const { outputs } = await engine.run(
      `${PERSONS}tabulate kjonn\n${personsWhere('q', `faarmnd != ${target.month}`)}tabulate kjonn\n`,
    );
    expect(refusalsOf(outputs)).toContain('DIFF/population-too-close');
    const tables = outputs.filter((o) => o.kind === 'table');
    expect(contentOf(tables[1]!)).toEqual(contentOf(tables[0]!));
  });

  it('adding one person to an earlier population is refused, whichever comes first', async () => {
    const base = 'faarmnd >= 196000 & faarmnd < 197000';
    const { outputs } = await engine.run(
      `require no.ssb.fdb:12 as db\n${personsWhere('a', `${base} | faarmnd == ${target.month}`)}tabulate kjonn\n${personsWhere('b', base)}tabulate kjonn\n`,
    );
    expect(refusalsOf(outputs)).toEqual(['DIFF/population-too-close']);
  });

  it('a difference of ten or more is allowed (the guard does not stop ordinary work)', async () => {
    const { outputs } = await engine.run(
      `${PERSONS}tabulate kjonn\ndrop if faarmnd < 192500\ntabulate kjonn\n`,
    );
    expect(refusalsOf(outputs)).toEqual([]);
  });
});
