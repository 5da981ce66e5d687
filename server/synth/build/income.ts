import { type BuildContext, materialize } from './context';
import { growthSql } from './person-year';

/**
 * Builds `py`: `py_lab` plus the year's incomes, transfers, wealth and taxes (BIGINT NOK), sorted by
 * person and year. Wages come from the jobs; pensions, disability benefit, unemployment benefit and
 * work assessment allowance follow the labour-market history; child benefit follows the children;
 * wealth grows with age and ability; taxes are progressive; household income after tax sums the
 * members of the family the person lives in at the end of the year (`hush`, sorted like `py`).
 */
export async function buildIncome(ctx: BuildContext): Promise<void> {
  const r = ctx.rng;
  const g = growthSql('y');
  const frac = (from: string) =>
    `greatest(0, least(1, (make_date(y, 12, 31) - greatest(${from}, make_date(y, 1, 1)) + 1) / 365.0))`;
  // Kept in py_lab's order (a projection of a sorted file), so it stays sorted without a sort.
  await materialize(
    ctx,
    'py_inc',
    `
    WITH a AS (
      SELECT *, CASE WHEN lvl = 9 OR lvl IS NULL THEN 4 ELSE lvl END AS lv,
        CASE WHEN age >= 62 AND (retire_date <= make_date(y, 12, 31) OR age >= 67) THEN ${frac('greatest(retire_date, make_date(year(birth) + 62, 1, 1))')} ELSE 0 END AS pen_frac,
        CASE WHEN dis_date <= make_date(y, 12, 31) AND age < 67 THEN ${frac('dis_date')} ELSE 0 END AS dis_frac,
        CASE WHEN dis_date IS NOT NULL AND dis_date > make_date(y, 1, 1) AND dis_date - 365 * 2 < make_date(y, 12, 31) AND age < 67
             THEN ${frac('dis_date - 730')} - ${frac('dis_date')} ELSE 0 END AS aap_frac,
        age BETWEEN 19 AND 30 AND make_date(y, 6, 30) < work_start AND final >= 6 AS studying,
        ${r.u('owner', 'i')} < 0.78 AND age >= 28 AS owner
      FROM py_lab
    ),
    b AS (
      SELECT *,
        CASE WHEN lab = 'S' OR (self AND work_start <= make_date(y, 12, 31) AND work_end > make_date(y, 1, 1))
               THEN round(exp(12.5 + 0.15 * z + 0.5 * ${r.n('nar', 'i')} + 0.25 * ${r.n('nar.y', 'i', 'y')}) * ${g})
             WHEN age BETWEEN 25 AND 75 AND ${r.u('nar.side', 'i')} < 0.04 THEN round(exp(10.3 + ${r.n('nar.side.y', 'i', 'y')}) * ${g})
             ELSE 0 END::BIGINT AS nar,
        round(pen_frac * exp(12.15 + 0.08 * (lv - 4) + 0.1 * z + 0.1 * ${r.n('pension', 'i')}) * ${g})::BIGINT AS pension,
        round(dis_frac * exp(12.35 + 0.05 * z + 0.08 * ${r.n('ufore', 'i')}) * ${g})::BIGINT AS ufore,
        round(aap_frac * exp(12.25 + 0.1 * ${r.n('aap', 'i')}) * ${g})::BIGINT AS aap,
        round(unemp_days * 5 / 7.0 * 0.624 * exp(7.35 + 0.15 * z) * ${g})::BIGINT AS dagpenger,
        CASE WHEN wage > 100000 AND ${r.u('sick', 'i', 'y')} < 0.18 THEN round(wage * (0.02 + 0.12 * ${r.u('sick.amount', 'i', 'y')})) ELSE 0 END::BIGINT AS sykepenger,
        CASE WHEN births_own > 0 THEN round(CASE WHEN sex = 2 THEN greatest(0.6 * wage, 60000 * ${g}) ELSE 0.12 * wage END) ELSE 0 END::BIGINT AS foreldrepenger,
        (kids017_own * 12648)::BIGINT AS barnetrygd,
        CASE WHEN kids1_own > 0 AND ${r.u('kontant', 'i', 'y')} < 0.3 THEN kids1_own * 60000 ELSE 0 END::BIGINT AS kontantstotte,
        CASE WHEN studying AND ${r.u('stipend', 'i', 'y')} < 0.8 THEN round((30000 + 30000 * ${r.u('stipend.amount', 'i', 'y')}) * ${g}) ELSE 0 END::BIGINT AS stipend,
        CASE WHEN ${r.u('grunnhjelp', 'i')} < 0.015 + 0.05 * (dis_frac > 0)::INTEGER THEN round(14000 * ${g}) ELSE 0 END::BIGINT AS grunnhjelp,
        CASE WHEN age >= 18 THEN round(exp(11.0 + 0.045 * least(age, 75) + 0.3 * z + 0.8 * ${r.n('formue', 'i')} + 0.1 * ${r.n('formue.y', 'i', 'y')}) * (1 + 0.05 * (y - 2015))) ELSE 0 END::BIGINT AS formue
      FROM a
    ),
    c AS (
      SELECT *,
        round(formue * 0.012 * (0.3 + ${r.u('kap', 'i', 'y')}))::BIGINT AS kap,
        CASE WHEN age BETWEEN 23 AND 75 AND owner THEN round(exp(14.4 - 0.025 * greatest(0, age - 40) + 0.4 * ${r.n('gjeld', 'i')}) * ${g})
             WHEN age BETWEEN 19 AND 75 AND ${r.u('gjeld?', 'i')} < 0.5 THEN round(exp(11.8 + ${r.n('gjeld', 'i')}) * ${g}) ELSE 0 END::BIGINT AS gjeld,
        CASE WHEN owner THEN round(formue * (1.5 + 0.5 * ${r.u('market', 'i')}) + exp(14.9 + 0.3 * ${r.n('bolig', 'i')}) * ${g}) ELSE round(formue * 1.2) END::BIGINT AS ber_brform
      FROM b
    ),
    d AS (
      SELECT *, wage + nar + kap + pension + ufore + aap + dagpenger + sykepenger + foreldrepenger AS samlet FROM c
    ),
    e AS (
      SELECT *,
        CASE WHEN age BETWEEN 18 AND 66 AND samlet < 150000 * ${g} AND ${r.u('sosial', 'i', 'y')} < 0.35
             THEN round(exp(10.6 + 0.7 * ${r.n('sosial.amount', 'i', 'y')}) * ${g}) ELSE 0 END::BIGINT AS sosial,
        CASE WHEN age >= 18 AND samlet < 250000 * ${g} AND ${r.u('bostotte', 'i', 'y')} < 0.2
             THEN round((12000 + 30000 * ${r.u('bostotte.amount', 'i', 'y')}) * ${g}) ELSE 0 END::BIGINT AS bostotte,
        round(0.22 * greatest(0, samlet - 60000 * ${g}) + 0.1 * greatest(0, samlet - 650000 * ${g})
          + 0.08 * greatest(0, samlet - 1100000 * ${g}) + 0.0085 * greatest(0, formue - 1500000 * ${g}))::BIGINT AS skatt
      FROM d
    )
    -- only what the variables read
    SELECT i, pid, y, age, sex, birth, immig, death, emig, lab, styrk, nace, comp_pid, virk_pid, hours, hours_total, arbkomm, kom_end,
      wage, nar, kap, pension, ufore, aap, dagpenger, sykepenger, foreldrepenger, barnetrygd, kontantstotte, stipend, grunnhjelp,
      formue, gjeld, ber_brform, samlet, skatt, sosial, bostotte,
      barnetrygd + kontantstotte + sosial + bostotte + stipend + grunnhjelp AS skattefri,
      samlet + barnetrygd + kontantstotte + sosial + bostotte + stipend + grunnhjelp - skatt AS wies
    FROM e`,
    null,
  );
  // The household at the end of the year: the family on 1 January of the next year, else of this one.
  await ctx.db.run(`
    CREATE OR REPLACE TABLE hh AS
    SELECT p.i, p.pid, p.y, p.age, p.death, p.emig, coalesce(f1.head_i, f0.head_i, p.i) AS hh, coalesce(f1.n, f0.n, 1) AS hn,
      coalesce(f1.kids017, f0.kids017, 0) AS hkids, p.wies
    FROM (SELECT i, pid, y, age, death, emig, wies FROM py_inc) p
    LEFT JOIN (SELECT i, y - 1 AS y, head_i, n, kids017 FROM fam) f1 ON f1.i = p.i AND f1.y = p.y
    LEFT JOIN (SELECT i, y, head_i, n, kids017 FROM fam) f0 ON f0.i = p.i AND f0.y = p.y`);
  await materialize(
    ctx,
    'hush',
    `
    WITH hsum AS (SELECT hh, y, sum(wies) AS hush_ies FROM hh GROUP BY hh, y)
    SELECT hh.i, hh.pid, hh.y, hh.age, hh.death, hh.emig, hs.hush_ies, hh.hn AS hush_n,
      round(hs.hush_ies / (1 + 0.5 * greatest(hh.hn - hh.hkids - 1, 0) + 0.3 * hh.hkids))::BIGINT AS hush_ies_eu,
      round(hs.hush_ies / (1 + 0.7 * greatest(hh.hn - hh.hkids - 1, 0) + 0.5 * hh.hkids))::BIGINT AS hush_ies_oecd
    FROM hh JOIN hsum hs ON hs.hh = hh.hh AND hs.y = hh.y`,
    'i, y',
  );
  await ctx.db.run('CREATE VIEW py AS SELECT * FROM py_inc');
  await ctx.db.run('DROP TABLE hh');
  ctx.log(`person-years: ${await ctx.db.number('SELECT count(*) FROM py')} rows`);
}
