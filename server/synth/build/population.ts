import { pseudonymSql } from '../sql/ids';
import { pickSql } from '../sql/random';
import { type BuildContext, dates, plusYears, residentOn } from './context';

/** Share of each single year of age 0–105 in the resident population at the start of the range (Norway, about 2010). */
function ageWeights(): number[] {
  const w: number[] = [];
  for (let a = 0; a <= 105; a++) {
    if (a < 20) w.push(1.27);
    else if (a < 30) w.push(1.25);
    else if (a < 50) w.push(1.45);
    else if (a < 60) w.push(1.3);
    else if (a < 67) w.push(1.2);
    else if (a < 70) w.push(0.95);
    else if (a < 75) w.push(0.75);
    else if (a < 80) w.push(0.6);
    else if (a < 85) w.push(0.45);
    else if (a < 90) w.push(0.28);
    else if (a < 95) w.push(0.1);
    else if (a < 100) w.push(0.025);
    else w.push(0.003);
  }
  return w;
}

/** Births and immigrations per year, per resident at the start of the range. */
const BIRTH_RATE = 0.0118;
const IMMIGRATION_RATE = 0.0128;
/** Gompertz mortality: hazard A·e^(B·age) per year, A by sex. */
const GOMPERTZ = { A_MALE: 2.0e-5, A_FEMALE: 1.25e-5, B: 0.1 };

/**
 * The draws of every person: the residents at the start of the range (`n0` of them), births and
 * immigrations in each year of the range. Each person has an entry (start of range, birth or
 * immigration) and may die or emigrate later; deaths come from a Gompertz law by sex.
 */
function drawsSql(ctx: BuildContext, n0: number): string {
  const { from, to } = ctx.params;
  const r = ctx.rng;
  const d = dates(ctx.params);
  const ages = Array.from({ length: 106 }, (_, a) => String(a));
  const parts = [`SELECT k AS g, 'init' AS kind, ${from} AS year FROM range(${n0}) t(k)`];
  let offset = n0;
  for (let year = from; year <= to; year++) {
    const growth = 1.008 ** (year - from);
    const births = Math.round(n0 * BIRTH_RATE * growth);
    const immigrants = Math.round(n0 * IMMIGRATION_RATE * growth);
    parts.push(`SELECT ${offset} + k AS g, 'birth' AS kind, ${year} AS year FROM range(${births}) t(k)`);
    offset += births;
    parts.push(`SELECT ${offset} + k AS g, 'immig' AS kind, ${year} AS year FROM range(${immigrants}) t(k)`);
    offset += immigrants;
  }
  const initAge = pickSql(ages, ageWeights(), r.u('age', 'g'), (a) => a);
  const immAge = `CASE WHEN ${r.u('immage.kind', 'g')} < 0.15 THEN 17.9 * ${r.u('immage', 'g')}
    WHEN ${r.u('immage.kind', 'g')} < 0.92 THEN 18 + 27 * pow(${r.u('immage', 'g')}, 1.3)
    ELSE 45 + 25 * ${r.u('immage', 'g')} END`;
  return `
  WITH g AS (${parts.join('\nUNION ALL\n')}),
  entry AS (
    SELECT g, kind,
      CASE kind WHEN 'init' THEN (${initAge})::DOUBLE + ${r.u('agefrac', 'g')}
                WHEN 'birth' THEN 0.0 ELSE ${immAge} END AS age0,
      CASE kind WHEN 'init' THEN ${d.start}
                ELSE make_date(year, 1, 1) + floor(${r.u('entryday', 'g')} * 365)::INTEGER END AS entry
    FROM g
  ),
  base AS (
    SELECT g, kind, age0, entry,
      (entry - round(age0 * 365.25)::INTEGER) AS birth,
      CASE WHEN kind = 'immig' THEN 0.55 WHEN kind = 'birth' THEN 0.513
           ELSE 0.506 - greatest(age0 - 60, 0) * 0.006 END AS p_male,
      CASE kind WHEN 'immig' THEN true WHEN 'birth' THEN false
           ELSE ${r.u('initimm', 'g')} < (CASE WHEN age0 < 18 THEN 0.04 WHEN age0 < 45 THEN 0.16 WHEN age0 < 67 THEN 0.09 ELSE 0.04 END) END AS immigrant
    FROM entry
  ),
  sexed AS (
    SELECT *, CASE WHEN ${r.u('sex', 'g')} < p_male THEN 1 ELSE 2 END AS sex,
      CASE WHEN kind = 'immig' THEN entry
           WHEN immigrant THEN greatest(birth + 1, entry - round(least(age0, ${r.exp(9, 'yearsince', 'g')}) * 365.25)::INTEGER)
      END AS immig
    FROM base
  ),
  fates AS (
    SELECT *,
      ln(exp(${GOMPERTZ.B} * age0) - ${GOMPERTZ.B} * ln(1.0 - ${r.u('death', 'g')}) /
        (CASE WHEN sex = 1 THEN ${GOMPERTZ.A_MALE} ELSE ${GOMPERTZ.A_FEMALE} END)) / ${GOMPERTZ.B} AS death_age,
      CASE WHEN immigrant AND ${r.u('return', 'g')} < 0.3 THEN ${plusYears('greatest(entry, immig)', r.exp(4, 'returnwait', 'g'))}
           ELSE ${plusYears(`greatest(entry, ${plusYears('birth', '18')})`, r.exp(330, 'emigwait', 'g'))} END AS emig_draw
    FROM sexed
  )
  SELECT g, kind, sex, birth, immig,
    CASE WHEN ${plusYears('birth', 'death_age')} < ${d.ref} THEN ${plusYears('birth', 'death_age')} END AS death,
    CASE WHEN emig_draw < ${d.ref} AND emig_draw < ${plusYears('birth', 'death_age')} AND emig_draw > entry THEN emig_draw END AS emig
  FROM fates`;
}

/** How many residents at the start of the range give about `persons` residents at the reference date. */
async function calibrate(ctx: BuildContext): Promise<number> {
  const pilot = 50_000;
  const alive = await ctx.db.number(
    `SELECT count(*) FROM (${drawsSql(ctx, pilot)}) WHERE ${residentOn(dates(ctx.params).ref)}`,
  );
  return Math.max(1, Math.round((ctx.params.persons * pilot) / alive));
}

/**
 * Builds `person`: one row per person who lived in Norway at some time in the range, in a random order
 * (index `i`), with pseudonym `pid` increasing with `i`. Columns: sex, birth, immig (null for the
 * Norwegian-born), death, emig, country of birth and a latent ability `zbase` ~ N(0, 1).
 */
export async function buildPopulation(ctx: BuildContext): Promise<void> {
  const n0 = await calibrate(ctx);
  const r = ctx.rng;
  const countries = ctx.facts.get('BEFOLKNING_FODELAND');
  const foreign = (countries?.codes ?? ['000', '131']).map((code, k) => ({
    code,
    w: countries?.weights?.[k] ?? 1,
  }));
  const abroad = foreign.filter((c) => c.code !== '000' && c.w > 0);
  const country = pickSql(
    abroad.map((c) => c.code),
    abroad.map((c) => c.w),
    r.u('country', 'g'),
  );
  await ctx.db.run(`
    CREATE OR REPLACE TABLE person AS
    WITH d AS (${drawsSql(ctx, n0)}),
    ordered AS (SELECT *, row_number() OVER (ORDER BY ${r.hash('order', 'g')}, g) - 1 AS i FROM d)
    SELECT i, ${pseudonymSql('person', ctx.params.seed, 'i')} AS pid, kind, sex::TINYINT AS sex, birth, immig, death, emig,
      CASE WHEN immig IS NULL THEN '000' ELSE ${country} END AS country,
      ${r.n('zbase', 'g')} AS zbase
    FROM ordered ORDER BY i`);
  const count = await ctx.db.number('SELECT count(*) FROM person');
  ctx.log(`population: ${count} persons ever resident (${n0} at the start of the range)`);
}
