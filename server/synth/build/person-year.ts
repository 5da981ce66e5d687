import { type BuildContext, materialize } from './context';

/** Wages and amounts are in NOK of 2015 and grow 3 % a year. */
export const growthSql = (year: string) => `exp(0.03 * (${year} - 2015))`;

/** Per parent and year: own children under 18 at the end of the year, one-year-olds and births. */
async function buildChildCounts(ctx: BuildContext): Promise<void> {
  const { from, to } = ctx.params;
  await ctx.db.run(`
    CREATE OR REPLACE TABLE kids_y AS
    WITH pk AS (
      SELECT mother_i AS parent, i FROM kin WHERE mother_i IS NOT NULL
      UNION ALL SELECT father_i, i FROM kin WHERE father_i IS NOT NULL
    ),
    ky AS (
      SELECT pk.parent, year(p.birth) AS byr, unnest(range(year(p.birth), year(p.birth) + 18)) AS y
      FROM pk JOIN person p ON p.i = pk.i
    )
    SELECT parent AS i, y, count(*) AS kids017, count(*) FILTER (WHERE y - byr = 1) AS kids1, count(*) FILTER (WHERE y = byr) AS births
    FROM ky WHERE y BETWEEN ${from} AND ${to} GROUP BY parent, y`);
}

/** Per person and year: wages from all jobs (months worked times the monthly wage) and days unemployed. */
async function buildYearSums(ctx: BuildContext): Promise<void> {
  const { from, to } = ctx.params;
  const days = (start: string, stop: string) =>
    `greatest(0, least(${stop}, make_date(y, 12, 31)) - greatest(${start}, make_date(y, 1, 1)) + 1)`;
  await ctx.db.run(`
    CREATE OR REPLACE TABLE wage_y AS
    SELECT i, y, sum(round(ftm * pct / 100 * exp(0.03 * (y - 2015) + 0.012 * (y - year(start))) * ${days('start', 'stop')} / 30.44)::BIGINT) AS wage
    FROM (SELECT i, start, stop, ftm, pct, unnest(range(greatest(year(start), ${from}), least(year(stop), ${to}) + 1)) AS y FROM job)
    GROUP BY i, y`);
  await ctx.db.run(`
    CREATE OR REPLACE TABLE unemp_y AS
    SELECT i, y, sum(${days('start', 'stop')})::INTEGER AS unemp_days
    FROM (SELECT i, start, stop, unnest(range(greatest(year(start), ${from}), least(year(stop), ${to}) + 1)) AS y FROM unemp)
    GROUP BY i, y`);
}

/**
 * Builds `py_lab` (sorted by person and year): one row per person and year of the range in which the person lived in Norway, with
 * age, education level and municipality at the end of the year, and the labour-market situation on
 * 16 November (SSB's reference day): main job and its attributes, or self-employed (S), unemployed (U),
 * disabled (D), retired (R), student (T) or other (O).
 */
export async function buildLabourYears(ctx: BuildContext): Promise<void> {
  const { from, to } = ctx.params;
  await buildChildCounts(ctx);
  await buildYearSums(ctx);
  await materialize(
    ctx,
    'py_lab',
    `
    WITH base AS (
      SELECT p.i, p.pid, p.sex, p.birth, p.immig, p.death, p.emig, p.country, l.z, l.exit, t.y,
        t.y - year(p.birth) AS age, make_date(t.y, 11, 16) AS dlab, make_date(t.y, 12, 31) AS dend,
        c.work_start, c.work_end, c.retire_date, c.dis_date, c.never, c.self, e.final
      FROM person p JOIN life l USING (i) JOIN career c USING (i) JOIN edu e USING (i) CROSS JOIN range(${from}, ${to + 1}) t(y)
      WHERE l.entry <= make_date(t.y, 12, 31) AND (l.exit IS NULL OR l.exit > make_date(t.y, 1, 1))
    ),
    placed AS (
      SELECT b.*, CASE WHEN mj.stop >= b.dlab THEN mj.j END AS j_lab, coalesce(u.stop >= b.dlab, false) AS unemp_now,
        CASE WHEN rs.stop IS NULL OR rs.stop >= least(b.dend, b.exit - 1) THEN rs.kom END AS kom_end,
        es.lvl, es.nus
      FROM base b
      ASOF LEFT JOIN (SELECT i, j, start, stop FROM job WHERE kind <> 'second') mj ON mj.i = b.i AND mj.start <= b.dlab
      ASOF LEFT JOIN unemp u ON u.i = b.i AND u.start <= b.dlab
      ASOF LEFT JOIN res_spell rs ON rs.i = b.i AND rs.start <= least(b.dend, b.exit - 1)
      ASOF LEFT JOIN edu_step es ON es.i = b.i AND es.dt <= b.dend
    )
    SELECT pl.*,
      CASE WHEN pl.j_lab IS NOT NULL THEN 'E'
           WHEN pl.self AND pl.work_start <= pl.dlab AND pl.dlab < pl.work_end THEN 'S'
           WHEN pl.unemp_now THEN 'U'
           WHEN pl.dis_date <= pl.dlab AND pl.age < 67 THEN 'D'
           WHEN pl.retire_date <= pl.dlab OR pl.age >= 67 THEN 'R'
           WHEN pl.dlab < pl.work_start AND pl.age >= 15 THEN 'T'
           ELSE 'O' END AS lab,
      mj.jid, mj.styrk, mj.nace, mj.comp_pid, mj.virk_pid, mj.hours, mj.pct, mj.arbkomm, mj.hourly,
      coalesce(mj.hours, 0) + coalesce(sj.hours, 0) AS hours_total,
      coalesce(w.wage, 0) AS wage, coalesce(uy.unemp_days, 0) AS unemp_days,
      coalesce(k.kids017, 0) AS kids017_own, coalesce(k.kids1, 0) AS kids1_own, coalesce(k.births, 0) AS births_own
    FROM placed pl
    LEFT JOIN job mj ON mj.j = pl.j_lab
    LEFT JOIN job sj ON sj.j = pl.j_lab + 1 AND sj.kind = 'second'
    LEFT JOIN wage_y w ON w.i = pl.i AND w.y = pl.y
    LEFT JOIN unemp_y uy ON uy.i = pl.i AND uy.y = pl.y
    LEFT JOIN kids_y k ON k.i = pl.i AND k.y = pl.y`,
    'i, y',
  );
}
