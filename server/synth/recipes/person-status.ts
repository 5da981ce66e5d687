import { pickSql } from '../sql/random';
import { famSnapshots, personDates, pySnapshots, spellFrame } from './frames';
import type { Recipe, RecipeEnv } from './types';

const fam =
  (value: string, where?: string): Recipe =>
  (env) =>
    famSnapshots(env, value, where);

/** Registration status on a date: 1 resident, 3 emigrated, 5 dead; rows for everyone registered by then. */
const statusCode =
  (active: string, emigrated: string, dead: string): Recipe =>
  (env) => {
    const s = env.schedule;
    if (s.kind !== 'snapshots') return null;
    return `SELECT * FROM (SELECT pid AS unit_id,
      CASE WHEN death <= d THEN '${dead}' WHEN emig <= d THEN '${emigrated}' ELSE '${active}' END AS value, d AS start, d AS stop
    FROM (SELECT *, unnest([${s.dates.map((x) => `DATE '${x}'`).join(', ')}]) AS d FROM pw) WHERE entry <= d)`;
  };

/** Actual address: students (19–25) often live in a university town while registered at home. */
function actualMunicipality(env: RecipeEnv): string | null {
  const towns = ['0301', '4601', '5001', '5501', '1103'].filter((t) =>
    env.lists.KOMMUNE.draw.codes.includes(t),
  );
  const town = towns.length ? pickSql(towns, null, env.rng.u('faktisk.town', 'pid')) : 'kom';
  return famSnapshots(
    env,
    `CASE WHEN age BETWEEN 19 AND 25 AND ${env.rng.u('faktisk', 'pid', 'y')} < 0.08 THEN ${town} ELSE kom END`,
  );
}

/** Household type (coarse): 1 single, 2 couple without children, 3 couple with children, 4 single parent, 5 other. */
const HOUSEHOLD_TYPE =
  "CASE WHEN n = 1 THEN '1' WHEN couple AND kids = 0 THEN '2' WHEN couple THEN '3' WHEN kids > 0 THEN '4' ELSE '5' END";

/** Person STATUS and EVENT variables about registration, residence, family and household. */
export const personStatusRecipes: Record<string, Recipe> = {
  BEFOLKNING_STATUSKODE: statusCode('1', '3', '5'),
  BEFOLKNING_STATUSKODE_FNR_SAMORD: statusCode('0', '1', '1'),
  BEFOLKNING_KOMMNR_FORMELL: fam('kom'),
  KOMMNR_FORMELL: fam('kom'),
  BEFOLKNING_KOMMNR_FAKTISK: actualMunicipality,
  KOMMNR_FAKTISK: actualMunicipality,
  BEFOLKNING_REGSTAT_FAMNR: fam('famnr'),
  BEFOLKNING_HUSHNR: fam('famnr'),
  BEFOLKNING_REGSTAT_FAMTYP: fam('famtype'),
  BEFOLKNING_REGSTAT_PERSONKODE: fam('personkode'),
  BEFOLKNING_PARSTATUS: fam('parstatus'),
  BEFOLKNING_REGSTAT_HUSHTYP: fam(HOUSEHOLD_TYPE),
  BEFOLKNING_BARN_I_REGSTAT_FAMNR: fam('kids017'),
  BEFOLKNING_BARN_I_HUSH: fam('kids017'),
  BEFOLKNING_BARN3_I_FAM: fam('kids'),
  BEFOLKNING_BARN3_I_HUSH: fam('kids'),
  BEFOLKNING_BARN: fam("CASE WHEN kids017 > 0 THEN '1' ELSE '0' END"),
  BEFOLKNING_ANTPERS_I_REGSTAT_FAMNR: fam('n'),
  BEFOLKNING_PERS_I_HUSHNR: fam('n'),
  BEFOLKNING_PERS17MIN_I_HUSHNR: fam('kids017'),
  BEFOLKNING_PERS18PLUS_I_HUSHNR: fam('n - kids017'),
  BEFOLKNING_ANTREGSTAT_FAMNR_I_HUSHNR: fam('1'),
  BEFOLKNING_ELDST_I_REGSTAT_FAMNR: fam('eldest'),
  BEFOLKNING_ELDST_I_HUSHNR: fam('eldest'),
  BEFOLKNING_YNGST_I_REGSTAT_FAMNR: fam('youngest'),
  BEFOLKNING_YNGST_I_HUSHNR: fam('youngest'),
  BEFOLKNING_ANT_SOSKEN: fam('CASE WHEN is_child THEN kids - 1 ELSE 0 END'),
  BEFOLKNING_SOSKENKODE: fam("'1'", 'is_child AND kids > 1'),
  BEFOLKNING_FORELDREKODE: fam(
    "CASE WHEN couple AND married THEN '1' WHEN couple THEN '2' WHEN head_sex = 2 THEN '3' ELSE '4' END",
    'is_child',
  ),
  BEFOLKNING_KONTAKT_HUSHNR: fam("CASE WHEN personkode = '1' THEN '1' ELSE '0' END"),
  BEFOLKNING_KONTAKT_REGSTAT_FAMNR: fam("CASE WHEN personkode = '1' THEN '1' ELSE '0' END"),
  BEFOLKNING_EKT_FNR: fam('partner_pid', 'married'),
  BEFOLKNING_SAMB_FNR: fam('partner_pid', 'NOT married AND partner_pid IS NOT NULL'),
  BEFOLKNING_BYDEL: (env) =>
    famSnapshots(
      env,
      env.domain
        ? pickSql(
            env.domain.codes.filter((c) => c !== '99'),
            null,
            env.rng.u('bydel', 'pid'),
          )
        : "'01'",
      "kom = '0301'",
    ),
  BOSATTEFDT_BOSTED: (env) => spellFrame(env, 'res_spell', 'pid', 'kom'),
  BOSATT_KOMMUNE: (env) => spellFrame(env, 'res_spell', 'pid', 'kom'),
  SIVSTANDFDT_SIVSTAND: (env) => spellFrame(env, 'civ_spell', 'pid', 'civ'),
  NUDB_BU: (env) => spellFrame(env, 'edu_spell', 'pid', 'nus'),
  INNTEKT_HUSHNR: (env) => {
    // the household at the end of the year is the family on 1 January of the next year
    const s = env.schedule;
    if (s.kind !== 'snapshots' || !s.dates.every((d) => d.endsWith('-12-31'))) return null;
    const years = s.dates.map((d) => Number(d.slice(0, 4)) + 1);
    if (years.some((y) => y < env.params.from + 1 || y > env.params.to + 1)) return null;
    return `SELECT pid AS unit_id, famnr AS value, make_date(y - 1, 12, 31) AS start, make_date(y - 1, 12, 31) AS stop FROM fam WHERE list_contains([${years.join(', ')}], y)`;
  },
  INNTEKT_KODE_PRIVATHUSH1: (env) =>
    pySnapshots(
      env,
      `CASE WHEN age >= 85 AND ${env.rng.u('institusjon', 'pid')} < 0.3 THEN '0' ELSE '1' END`,
    ),
  INNTEKT_KODE_PRIVATHUSH2: (env) =>
    pySnapshots(
      env,
      `CASE WHEN age >= 90 AND ${env.rng.u('institusjon', 'pid')} < 0.2 THEN '0' ELSE '1' END`,
    ),
  INNTEKT_STUDENTHUSH: (env) =>
    pySnapshots(env, "CASE WHEN lab = 'T' AND age BETWEEN 19 AND 30 THEN '1' ELSE '0' END"),
  BEFOLKNING_TS_KODE: (env) =>
    famSnapshots(
      env,
      `CASE WHEN list_contains(['0301', '4601', '5001', '1103'], kom) OR ${env.rng.u('tettsted', 'pid')} < 0.75 THEN 'T' ELSE 'S' END`,
    ) ?? personDates(env, `CASE WHEN ${env.rng.u('tettsted', 'pid')} < 0.8 THEN 'T' ELSE 'S' END`),
};
