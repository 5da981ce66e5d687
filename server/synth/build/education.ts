import { pickSql } from '../sql/random';
import type { BuildContext } from './context';

/** Age (year of birth plus this) in whose June each NUS level (first digit) is completed on the usual path. */
const LEVEL_AGE: Record<number, string> = {
  1: '13',
  2: '16',
  3: '17',
  4: '19',
  5: '21',
};

/**
 * Builds `edu(i, final, track)`, `edu_step(i, lvl, dt, nus)` and `edu_spell`: each person's highest education
 * (NUS2000 first digit; 9 = unknown) and the dates each level was completed. The final level follows
 * the inherited ability `z`, the birth cohort (younger cohorts study longer) and sex (women overtake men
 * in higher education from the 1970s cohorts). Adults who immigrate arrive with their level, a quarter of
 * them with an unknown one.
 */
export async function buildEducation(ctx: BuildContext): Promise<void> {
  const r = ctx.rng;
  const list = ctx.lists.NUS2000.draw;
  const nusOf = (level: number, key: string) => {
    const idx = list.codes.map((c, k) => [c, k] as const).filter(([c]) => c.startsWith(String(level)));
    const codes = idx.map(([c]) => c);
    if (codes.length === 0) return `'${level}99999'`;
    return pickSql(
      codes,
      idx.map(([, k]) => list.weights[k]!),
      r.u(`nus.${level}`, key),
    );
  };
  await ctx.db.run(`
    CREATE OR REPLACE TABLE edu AS
    WITH s AS (
      SELECT p.i, p.sex, year(p.birth) AS byr, p.immig, p.birth,
        l.z + greatest(-0.8, least(0.5, (year(p.birth) - 1960) * 0.02))
          + CASE WHEN p.sex = 2 THEN 0.3 * greatest(0, least(1, (year(p.birth) - 1955) / 30)) - 0.12 ELSE 0 END
          + 0.45 * ${r.n('edu.noise', 'p.i')} AS s
      FROM person p JOIN life l USING (i)
    )
    SELECT i,
      CASE WHEN immig IS NOT NULL AND date_diff('year', birth, immig) >= 20 AND ${r.u('edu.unknown', 'i')} < 0.25 THEN 9
           WHEN s > 2.85 THEN 8 WHEN s > 1.65 THEN 7 WHEN s > 0.7 THEN 6
           WHEN s > -0.3 THEN (CASE WHEN ${r.u('edu.fagskole', 'i')} < 0.12 THEN 5 ELSE 4 END)
           WHEN s > -0.7 THEN 3 ELSE 2 END AS final,
      CASE WHEN s > 0.7 OR ${r.u('edu.track', 'i')} < 0.35 THEN 'A' ELSE 'Y' END AS track
    FROM s ORDER BY i`);
  await ctx.db.run(`
    CREATE OR REPLACE TABLE edu_step AS
    WITH base AS (
      SELECT e.i, e.final, p.birth, l.entry, l.exit,
        p.immig IS NOT NULL AND date_diff('year', p.birth, p.immig) >= 20 AS adult_immigrant,
        make_date(year(p.birth) + 22 + floor(2 * ${r.u('edu.age.6', 'e.i')})::INTEGER, 6, 15) AS d6
      FROM edu e JOIN person p USING (i) JOIN life l USING (i)
    ),
    e AS (
      SELECT *, CASE WHEN final >= 7 AND ${r.u('edu.bachelor', 'i')} < 0.85 THEN make_date(year(d6) + 2, 6, 15)
                     ELSE make_date(year(birth) + 24 + floor(2 * ${r.u('edu.age.7', 'i')})::INTEGER, 6, 15) END AS d7
      FROM base
    ),
    steps AS (
      SELECT i, 0 AS lvl, entry AS dt, ${nusOf(0, 'i')} AS nus FROM e WHERE NOT adult_immigrant
      ${[1, 2, 3, 4, 5]
        .map(
          (
            level,
          ) => `UNION ALL SELECT i, ${level}, make_date(year(birth) + ${LEVEL_AGE[level]}, 6, 15) + floor(${r.u(`edu.day.${level}`, 'i')} * 10)::INTEGER, ${nusOf(level, 'i')}
      FROM e WHERE NOT adult_immigrant AND final BETWEEN ${level} AND 8 AND ${
        level === 3 ? `(final = 3 OR ${r.u('edu.vg1', 'i')} < 0.25)` : level === 5 ? 'final = 5' : 'true'
      }`,
        )
        .join('\n      ')}
      UNION ALL SELECT i, 6, d6, ${nusOf(6, 'i')} FROM e WHERE NOT adult_immigrant AND (final = 6 OR (final >= 7 AND final <= 8 AND d7 > d6 + 365))
      UNION ALL SELECT i, 7, d7, ${nusOf(7, 'i')} FROM e WHERE NOT adult_immigrant AND final IN (7, 8)
      UNION ALL SELECT i, 8, make_date(year(d7) + 3 + floor(2 * ${r.u('edu.age.8', 'i')})::INTEGER, 12, 1), ${nusOf(8, 'i')} FROM e WHERE NOT adult_immigrant AND final = 8
      UNION ALL SELECT i, final, entry, CASE final ${[2, 3, 4, 5, 6, 7, 8].map((level) => `WHEN ${level} THEN ${nusOf(level, 'i')}`).join(' ')} ELSE '999999' END
        FROM e WHERE adult_immigrant
    ),
    clamped AS (
      -- steps completed abroad before a child immigrated count from the day of arrival
      SELECT steps.i, steps.lvl, greatest(steps.dt, e.entry) AS dt, steps.nus FROM steps JOIN e USING (i)
      WHERE steps.dt < coalesce(e.exit, DATE '9999-12-31')
    )
    SELECT i, max(lvl) AS lvl, dt, arg_max(nus, lvl) AS nus FROM clamped GROUP BY i, dt ORDER BY i, dt`);
  await ctx.db.run(`
    CREATE OR REPLACE TABLE edu_spell AS
    SELECT s.i, s.lvl, s.nus, s.dt AS start, coalesce(lead(s.dt) OVER (PARTITION BY s.i ORDER BY s.dt) - 1, l.exit - 1) AS stop
    FROM edu_step s JOIN life l USING (i) ORDER BY s.i, s.dt`);
  ctx.log(`education: ${await ctx.db.number('SELECT count(*) FROM edu_step')} completed levels`);
}
