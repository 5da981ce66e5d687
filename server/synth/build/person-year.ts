import { type BuildContext, materialize, spellYears } from './context';

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
 * Builds `py_lab`: one row per person and year of the range in which the person lived in Norway, sorted
 * by person and year, with age, education level and municipality at the end of the year, and the
 * labour-market situation on 16 November (SSB's reference day): main job and its attributes, or
 * self-employed (S), unemployed (U), disabled (D), retired (R), student (T) or other (O).
 *
 * The person-years come out of `pbase` already sorted; the looked-up facts are joined on a narrow copy
 * of them, sorted (a narrow sort is cheap) and put beside the wide rows by position.
 */
export async function buildLabourYears(ctx: BuildContext): Promise<void> {
  const { from, to } = ctx.params;
  await buildChildCounts(ctx);
  await buildYearSums(ctx);
  const years = `unnest(range(greatest(year(entry), ${from}), least(year(coalesce(exit - 1, DATE '2999-12-31')), ${to}) + 1)) AS y`;
  await materialize(
    ctx,
    'pyk',
    `
    WITH b AS (SELECT i, ${years} FROM pbase),
    placed AS (
      SELECT b.i, b.y, mj.j AS j_lab, coalesce(u.unemp_now, false) AS unemp_now, rs.kom AS kom_end, es.lvl, es.nus
      FROM b
      LEFT JOIN (${spellYears("(SELECT * FROM job WHERE kind <> 'second')", 'start', 'stop', [11, 16], 'i, j', [from, to])}) mj ON mj.i = b.i AND mj.y = b.y
      LEFT JOIN (${spellYears('unemp', 'start', 'stop', [11, 16], 'i, true AS unemp_now', [from, to])}) u ON u.i = b.i AND u.y = b.y
      LEFT JOIN (${spellYears('res_spell', 'start', 'stop', [12, 31], 'i, kom', [from, to])}) rs ON rs.i = b.i AND rs.y = b.y
      LEFT JOIN (${spellYears('edu_spell', 'start', 'stop', [12, 31], 'i, lvl, nus', [from, to])}) es ON es.i = b.i AND es.y = b.y
    )
    SELECT pl.*, mj.jid, mj.styrk, mj.nace, mj.comp_pid, mj.virk_pid, mj.hours, mj.pct, mj.arbkomm, mj.hourly,
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
  // A view, not a file: the income stage reads it once and writes py from it (see income.ts).
  await ctx.db.run(`
    CREATE VIEW py_lab AS
    WITH pl AS (
      SELECT * FROM (
        SELECT * EXCLUDE (entry, moveout), y - year(birth) AS age, make_date(y, 11, 16) AS dlab, make_date(y, 12, 31) AS dend
        FROM (SELECT *, ${years} FROM pbase)
      ) POSITIONAL JOIN (SELECT * EXCLUDE (i, y) FROM pyk)
    )
    SELECT *,
      CASE WHEN j_lab IS NOT NULL THEN 'E'
           WHEN self AND work_start <= dlab AND dlab < work_end THEN 'S'
           WHEN unemp_now THEN 'U'
           WHEN dis_date <= dlab AND age < 67 THEN 'D'
           WHEN retire_date <= dlab OR age >= 67 THEN 'R'
           WHEN dlab < work_start AND age >= 15 THEN 'T'
           ELSE 'O' END AS lab
    FROM pl`);
}
