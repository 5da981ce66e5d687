import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Duck } from '../duck';
import { pseudonymSql } from './ids';
import { pickSql, Rng, saltOf } from './random';

describe('randomness in SQL', () => {
  let db: Duck;
  beforeAll(async () => {
    db = await Duck.open(':memory:', { threads: 1, memoryLimit: '1GB' });
  });
  afterAll(() => db.close());
  const rng = new Rng(42);

  it('draws independent uniforms for different purposes (no correlation through the hash)', async () => {
    const [r] =
      await db.rows(`SELECT corr(${rng.u('a', 'k')}, ${rng.u('b', 'k')}) AS c, avg(${rng.u('a', 'k')}) AS mean,
      stddev(${rng.n('z', 'k')}) AS sd FROM range(200000) t(k)`);
    expect(Math.abs(Number(r?.c))).toBeLessThan(0.01);
    expect(Number(r?.mean)).toBeCloseTo(0.5, 2);
    expect(Number(r?.sd)).toBeCloseTo(1, 1);
  });

  it('picks codes with the given weights, from short and long lists', async () => {
    const short = await db.rows(
      `SELECT v, count(*) / 100000 AS p FROM (SELECT ${pickSql(['a', 'b'], [3, 1], rng.u('p', 'k'))} AS v FROM range(100000) t(k)) GROUP BY v ORDER BY v`,
    );
    expect(short.map((r) => [r.v, Number(Number(r.p).toFixed(2))])).toEqual([
      ['a', 0.75],
      ['b', 0.25],
    ]);
    const codes = Array.from({ length: 40 }, (_, k) => `c${k}`);
    const long = await db.number(
      `SELECT avg((${pickSql(
        codes,
        codes.map((_, k) => (k === 0 ? 39 : 1)),
        rng.u('q', 'k'),
      )} = 'c0')::INTEGER) FROM range(100000) t(k)`,
    );
    expect(long).toBeCloseTo(0.5, 1);
  });

  it('makes pseudonyms that increase with the index, look random and differ by unit type', async () => {
    const [r] =
      await db.rows(`WITH p AS (SELECT k, ${pseudonymSql('person', 1, 'k')} AS id FROM range(10000) t(k))
      SELECT bool_and(id > lag_id) AS increasing, min(id) > 1e17 AS large FROM (SELECT id, lag(id) OVER (ORDER BY k) AS lag_id FROM p) WHERE lag_id IS NOT NULL`);
    expect(r).toEqual({ increasing: true, large: true });
    expect(pseudonymSql('person', 1, '0')).not.toBe(pseudonymSql('job', 1, '0'));
    expect(saltOf('a')).not.toBe(saltOf('b'));
  });
});
