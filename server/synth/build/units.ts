import { pseudonymSql } from '../sql/ids';
import { lit } from '../sql/random';
import { type BuildContext, dates, plusYears, residentOn } from './context';

/** Vehicles: about one in eight persons owns one of the registered vehicles we keep, for some years each. */
async function buildVehicles(ctx: BuildContext, adults: string): Promise<void> {
  const r = ctx.rng;
  const { from, to, seed } = ctx.params;
  await ctx.db.run(`
    CREATE OR REPLACE TABLE vehicle AS
    WITH n AS (SELECT count(*) AS n FROM (${adults})),
    v AS (SELECT v, ${r.int('(SELECT n FROM n)', 'vehicle.owner', 'v')} AS rk FROM range((SELECT round(n * 0.15)::BIGINT FROM n)) t(v)),
    a AS (SELECT *, row_number() OVER (ORDER BY i) - 1 AS rk FROM (${adults}))
    SELECT v.v, ${pseudonymSql('vehicle', seed, 'v.v')} AS vid, a.pid AS owner_pid,
      (${to} - floor(22 * pow(${r.u('vehicle.age', 'v.v')}, 1.4)))::INTEGER AS reg_year,
      least(${to}, (${to} - floor(22 * pow(${r.u('vehicle.age', 'v.v')}, 1.4)))::INTEGER + 8 + floor(14 * ${r.u('vehicle.life', 'v.v')})::INTEGER) AS last_year
    FROM v JOIN a USING (rk)
    WHERE (${to} - floor(22 * pow(${r.u('vehicle.age', 'v.v')}, 1.4)))::INTEGER + 8 + floor(14 * ${r.u('vehicle.life', 'v.v')})::INTEGER >= ${from - 10}
    ORDER BY v.v`);
}

/** Traffic accidents in the range (about 0.08 % of the population a year) and the persons involved in them. */
async function buildAccidents(ctx: BuildContext, adults: string): Promise<void> {
  const r = ctx.rng;
  const { from, to, seed } = ctx.params;
  const years = to - from + 1;
  const kom = ctx.lists.KOMMUNE.draw;
  const komList = `[${kom.codes.map(lit).join(',')}]`;
  await ctx.db.run(`
    CREATE OR REPLACE TABLE accident AS
    WITH n AS (SELECT count(*) AS n FROM person)
    SELECT a, ${pseudonymSql('traffic-accident', seed, 'a')} AS aid,
      (DATE '${from}-01-01' + floor(${r.u('accident.day', 'a')} * ${years * 365})::INTEGER) AS day,
      ${komList}[1 + floor(${r.u('accident.kom', 'a')} * ${kom.codes.length})::INTEGER] AS kom,
      1 + floor(pow(${r.u('accident.persons', 'a')}, 3) * 4)::INTEGER AS persons
    FROM range((SELECT greatest(1, round(n * 0.0008 * ${years}))::BIGINT FROM n)) t(a) ORDER BY a`);
  await ctx.db.run(`
    CREATE OR REPLACE TABLE accident_person AS
    WITH x AS (SELECT a, aid, day, unnest(range(persons)) AS k FROM accident),
    n AS (SELECT count(*) AS n FROM (${adults})),
    o AS (SELECT x.*, row_number() OVER (ORDER BY a, k) - 1 AS ap FROM x),
    picked AS (SELECT o.*, ${r.int('n.n', 'accident.who', 'o.ap')} AS rk FROM o CROSS JOIN n),
    ad AS (SELECT *, row_number() OVER (ORDER BY i) - 1 AS rk FROM (${adults}))
    SELECT picked.ap, ${pseudonymSql('accident-person', seed, 'picked.ap')} AS apid, picked.aid, picked.day, ad.pid, ad.sex,
      date_diff('year', ad.birth, picked.day) AS age
    FROM picked JOIN ad USING (rk)
    ORDER BY picked.ap`);
}

/** Hospital stays in 2023 (the year the NPR variables cover), for residents then. */
async function buildStays(ctx: BuildContext): Promise<void> {
  const r = ctx.rng;
  const day = "DATE '2023-07-01'";
  await ctx.db.run(`
    CREATE OR REPLACE TABLE stay AS
    WITH pop AS (SELECT * FROM person WHERE ${residentOn(day)}),
    s AS (SELECT p.pid, p.birth, p.sex, p.i, unnest(range(1 + floor(3 * pow(${r.u('stay.n', 'p.i')}, 4))::INTEGER)) AS k FROM pop p
      WHERE ${r.u('stay?', 'p.i')} < 0.06 + 0.002 * least(date_diff('year', p.birth, ${day}), 90)),
    o AS (SELECT *, row_number() OVER (ORDER BY i, k) - 1 AS s FROM s)
    SELECT o.s, ${pseudonymSql('hospital-stay', ctx.params.seed, 'o.s')} AS sid, o.pid, o.sex, o.birth,
      DATE '2023-01-01' + floor(${r.u('stay.day', 'o.s')} * 360)::INTEGER AS start,
      floor(${r.exp(3, 'stay.len', 'o.s')})::INTEGER AS days
    FROM o ORDER BY o.s`);
  await ctx.db.run(
    "CREATE OR REPLACE TABLE stay AS SELECT * EXCLUDE (days), start + least(days, DATE '2023-12-31' - start)::INTEGER AS stop FROM stay ORDER BY s",
  );
}

/** Electricity metering points: one for most households, registered to the household's reference person. */
async function buildMeters(ctx: BuildContext): Promise<void> {
  const r = ctx.rng;
  const last = Math.max(ctx.params.from, Math.min(ctx.params.to + 1, 2025));
  await ctx.db.run(`
    CREATE OR REPLACE TABLE meter AS
    WITH heads AS (SELECT i, pid, kom FROM fam WHERE y = ${last} AND personkode = '1' AND ${r.u('meter?', 'i')} < 0.6)
    SELECT row_number() OVER (ORDER BY i) - 1 AS m, pid AS owner_pid, kom, i FROM heads ORDER BY i`);
  await ctx.db.run(
    `CREATE OR REPLACE TABLE meter AS SELECT *, ${pseudonymSql('metering-point', ctx.params.seed, 'm')} AS mid FROM meter ORDER BY m`,
  );
}

/** Municipalities as units: their unit id is the municipality number itself (public, not a pseudonym). */
async function buildMunicipalities(ctx: BuildContext): Promise<void> {
  const kom = ctx.lists.KOMMUNE.draw;
  await ctx.db.run(`
    CREATE OR REPLACE TABLE muni AS
    SELECT code::BIGINT AS uid, code FROM (SELECT unnest([${kom.codes.map(lit).join(',')}]) AS code) ORDER BY uid`);
}

/** Builds the non-person units: vehicles, traffic accidents and their persons, hospital stays, metering points, municipalities. */
export async function buildUnits(ctx: BuildContext): Promise<void> {
  const adults = `SELECT i, pid, sex, birth FROM person WHERE birth <= ${plusYears(dates(ctx.params).start, '-18')}`;
  await buildVehicles(ctx, adults);
  await buildAccidents(ctx, adults);
  await buildStays(ctx);
  await buildMeters(ctx);
  await buildMunicipalities(ctx);
  const [s] =
    await ctx.db.rows(`SELECT (SELECT count(*) FROM vehicle) AS vehicles, (SELECT count(*) FROM accident) AS accidents,
    (SELECT count(*) FROM stay) AS stays, (SELECT count(*) FROM meter) AS meters`);
  ctx.log(
    `other units: ${s?.vehicles} vehicles, ${s?.accidents} accidents, ${s?.stays} hospital stays, ${s?.meters} metering points`,
  );
}
