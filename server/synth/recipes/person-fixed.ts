import { pickSql } from '../sql/random';
import { fixedFrame } from './frames';
import type { Recipe, RecipeEnv } from './types';

const yyyymmdd = (d: string) => `(year(${d}) * 10000 + month(${d}) * 100 + day(${d}))`;
const fromPw =
  (value: string, where = 'true'): Recipe =>
  () =>
    fixedFrame('pw', 'pid', value, where);

/** Countries counted as "western" for country background (Europe, North America, Oceania). */
const WESTERN =
  "(list_contains(['1', '6', '8'], substr(country, 1, 1)) AND NOT list_contains(['111', '120', '138', '139', '140', '148', '155', '156', '159', '160', '161', '162', '163', '164'], country) OR list_contains(['612', '684'], country))";

/** Immigration category from the person's and parents' countries of birth (SSB's A–G). */
const INVKAT = `CASE WHEN country <> '000' AND mother_country = '000' AND father_country = '000' THEN 'G'
  WHEN country <> '000' AND (mother_country = '000' OR father_country = '000') THEN 'E'
  WHEN country <> '000' THEN 'B'
  WHEN coalesce(mother_country, '000') <> '000' AND coalesce(father_country, mother_country) <> '000' THEN 'C'
  WHEN coalesce(mother_country, '000') <> '000' OR coalesce(father_country, '000') <> '000' THEN 'F'
  ELSE 'A' END`;

const pick = (env: RecipeEnv, key: string) =>
  env.domain ? pickSql(env.domain.codes, env.domain.weights, env.rng.u(`${env.fact.name}.v`, key)) : 'NULL';

/** Year a level was first completed, for persons who completed it. */
const completedYear = (column: string, extra = 'true'): Recipe =>
  fromPw(column, `${column} IS NOT NULL AND ${extra}`);

/** Grade-like codes ranked by ability, so grades correlate with later education and income. */
function gradeByAbility(env: RecipeEnv, cohortFrom: number, cohortTo: number): string {
  if (!env.domain) return fixedFrame('pw', 'pid', 'NULL', 'false');
  const codes = [...env.domain.codes].filter((c) => /^[1-6]$/.test(c)).sort();
  if (codes.length === 0) return fixedFrame('pw', 'pid', pick(env, 'pid'), 'false');
  const rank = `least(${codes.length - 1}, greatest(0, floor((z + 0.8 * ${env.rng.n(`${env.fact.name}.g`, 'pid')}) * 1.0 + ${codes.length / 2})))::INTEGER`;
  return fixedFrame(
    'pw',
    'pid',
    `[${codes.map((c) => `'${c}'`).join(',')}][${rank} + 1]`,
    `year(birth) BETWEEN ${cohortFrom} AND ${cohortTo} AND immig IS NULL AND ${env.rng.u(`${env.fact.name}.cov`, 'pid')} < 0.9`,
  );
}

/** FIXED person variables with a specific recipe. */
export const personFixedRecipes: Record<string, Recipe> = {
  BEFOLKNING_FOEDSELS_AAR_MND: fromPw('year(birth) * 100 + month(birth)'),
  BEFOLKNING_KJOENN: fromPw('sex::VARCHAR'),
  BEFOLKNING_DOEDS_DATO: fromPw(yyyymmdd('death'), 'death IS NOT NULL'),
  BEFOLKNING_FODELAND: fromPw('country'),
  BEFOLKNING_FOEDEKOMMNR: fromPw('kom_first', 'immig IS NULL'),
  BEFOLKNING_FORSTDATO: fromPw(yyyymmdd('entry')),
  BEFOLKNING_INNALDER: fromPw("date_diff('year', birth, immig)", 'immig IS NOT NULL'),
  BEFOLKNING_INNGRUNN1: (env) => fixedFrame('pw', 'pid', pick(env, 'pid'), 'immig IS NOT NULL'),
  BEFOLKNING_INVKAT: fromPw(INVKAT),
  BEFOLKNING_LANDBAK3GEN: fromPw(
    `CASE WHEN country = '000' AND coalesce(mother_country, '000') = '000' THEN '0' WHEN ${WESTERN} OR (country = '000' AND list_contains(['101', '106'], mother_country)) THEN '1' ELSE '2' END`,
  ),
  BEFOLKNING_MOR_FNR: fromPw('mother_pid'),
  BEFOLKNING_FAR_FNR: fromPw('father_pid'),
  BEFOLKNING_MORMOR_FNR: fromPw('mormor_pid'),
  BEFOLKNING_MORFAR_FNR: fromPw('morfar_pid'),
  BEFOLKNING_FARMOR_FNR: fromPw('farmor_pid'),
  BEFOLKNING_FARFAR_FNR: fromPw('farfar_pid'),
  BEFOLKNING_SOESKEN_FNR: fromPw('sibling_pid'),
  BEFOLKNING_MRK_FNR: (env) =>
    fixedFrame(
      'pw',
      'pid',
      `CASE WHEN emig IS NOT NULL AND immig IS NOT NULL AND emig - immig < 365 * 2 AND ${env.rng.u('dnr', 'pid')} < 0.7 THEN '1' ELSE '0' END`,
    ),
  BEFOLKNING_PARITET: fromPw('n_children', 'year(birth) < 2005'),
  KRIMINALITET_SIKTEDE_KJONN_POLITIREG: (env) =>
    fixedFrame('pw', 'pid', 'sex::VARCHAR', `${env.rng.u('krim', 'pid')} < 0.02 + 0.04 * (sex = 1)::INTEGER`),
  BARNEVERN_FODTAAR: (env) =>
    fixedFrame(
      'pw',
      'pid',
      'year(birth)::VARCHAR',
      `year(birth) >= 1975 AND ${env.rng.u('barnevern', 'pid')} < 0.04`,
    ),
  NUDB_KOMM_16: fromPw(
    "CASE WHEN year(birth) < 1958 THEN '9999' WHEN entry > make_date(year(birth) + 16, 6, 30) THEN '2580' ELSE kom16 END",
    'year(birth) + 16 <= 2024',
  ),
  NUDB_NUS2000_MOR_16: fromPw('mor_nus16', 'year(birth) >= 1960'),
  NUDB_NUS2000_FAR_16: fromPw('far_nus16', 'year(birth) >= 1960'),
  NUDB_SOSBAK: fromPw(
    `CASE WHEN list_contains([7, 8], parents_final) THEN '1' WHEN parents_final = 6 THEN '2' WHEN list_contains([3, 4, 5], parents_final) THEN '3'
    WHEN parents_final BETWEEN 0 AND 2 THEN '4' ELSE '9' END`,
    'year(birth) >= 1960',
  ),
  NUDB_AAR_FORSTE_FULLF_GS: completedYear('y_gs'),
  NUDB_AAR_FORSTE_FULLF_VS: completedYear('y_vs'),
  NUDB_AAR_FORSTE_FULLF_VSA: completedYear('y_vs', "track = 'A'"),
  NUDB_AAR_FORSTE_FULLF_VSY: completedYear('y_vs', "track = 'Y'"),
  NUDB_AAR_FORSTE_FULLF_VS_LOV: completedYear('y_vs', 'y_vs >= 1994'),
  NUDB_AAR_FORSTE_FULLF_VSA_LOV: completedYear('y_vs', "y_vs >= 1994 AND track = 'A'"),
  NUDB_AAR_FORSTE_FULLF_VSY_LOV: completedYear('y_vs', "y_vs >= 1994 AND track = 'Y'"),
  NUDB_AAR_FORSTE_FULLF_BACH: completedYear('y_bach', 'y_bach >= 2003'),
  NUDB_AAR_FORSTE_FULLF_CMG: completedYear('y_bach', 'y_bach < 2003'),
  NUDB_AAR_FORSTE_FULLF_HOY: completedYear('y_bach'),
  NUDB_AAR_FORSTE_FULLF_HOV: completedYear('y_hov'),
  NUDB_AAR_FORSTE_FULLF_DOK: completedYear('y_dok'),
  NUDB_AAR_NY_I_VID_UTD: completedYear('year(birth) + 16', 'final BETWEEN 3 AND 8 AND immig IS NULL'),
  NUDB_AAR_NY_I_VID_UTD_LOV: completedYear(
    'year(birth) + 16',
    'final BETWEEN 3 AND 8 AND immig IS NULL AND year(birth) >= 1978',
  ),
  NUDB_AAR_FORSTE_REG_UH: fromPw('(y_bach - 3) * 100 + 8', 'y_bach IS NOT NULL'),
  NUDB_ALDER_FORSTE_REG_UH: fromPw('y_bach - 3 - year(birth)', 'y_bach IS NOT NULL'),
  NUDB_AAR_FORSTE_REG_HOV: fromPw('y_hov - 2', 'y_hov IS NOT NULL'),
  NUDB_SEMESTER_FFF_BACH: fromPw(
    '6 + (floor(pow(abs(z - 1), 1.5)))::INTEGER',
    'y_bach IS NOT NULL AND y_bach >= 2003',
  ),
  NUDB_SEMESTER_FFF_HOY: fromPw('6 + (floor(pow(abs(z - 1), 1.5)))::INTEGER', 'y_bach IS NOT NULL'),
  NUDB_SEMESTER_FFF_HOV: fromPw('4 + (z < 1.5)::INTEGER', 'y_hov IS NOT NULL'),
  NUDB_SEMESTER_FFF_DOK: fromPw('8 + (z < 2.5)::INTEGER * 2', 'y_dok IS NOT NULL'),
  NUDB_SEMESTER_FFF_VS: fromPw('6 + (z < -0.3)::INTEGER * 2', 'y_vs IS NOT NULL'),
  NUDB_SEMESTER_FFF_VSA: fromPw('6 + (z < -0.3)::INTEGER * 2', "y_vs IS NOT NULL AND track = 'A'"),
  NUDB_SEMESTER_FFF_VSY: fromPw('6 + (z < -0.3)::INTEGER * 2', "y_vs IS NOT NULL AND track = 'Y'"),
  NUDB_SEMESTER_FFF_VS_LOV: fromPw('6 + (z < -0.3)::INTEGER * 2', 'y_vs >= 1994'),
  NUDB_SEMESTER_FFF_VSA_LOV: fromPw('6 + (z < -0.3)::INTEGER * 2', "y_vs >= 1994 AND track = 'A'"),
  NUDB_SEMESTER_FFF_VSY_LOV: fromPw('6 + (z < -0.3)::INTEGER * 2', "y_vs >= 1994 AND track = 'Y'"),
  NUDB_KURS_GRPOENG: (env) =>
    fixedFrame(
      'pw',
      'pid',
      `round(greatest(10, least(60, 41 + 8 * z + 3 * ${env.rng.n('grpoeng', 'pid')})), 1)`,
      'year(birth) >= 1986 AND immig IS NULL',
    ),
};

/** Grades: lower-secondary subjects for cohorts born 1986+, upper-secondary subjects for 1990+. */
export function gradeRecipe(name: string): Recipe | undefined {
  if (/^NUDB_GS_STP_/.test(name)) return (env) => gradeByAbility(env, 1986, 2008);
  if (/^NUDB_VGS_STP_/.test(name)) return (env) => gradeByAbility(env, 1990, 2006);
  if (/^NUDB_NP(KL)?_SKALAPOENG_/.test(name)) {
    return (env) =>
      fixedFrame(
        'pw',
        'pid',
        `round(50 + 10 * (0.7 * z + 0.7 * ${env.rng.n(`${name}.s`, 'pid')}), 1)`,
        `year(birth) >= ${name.includes('NPKL') ? 2008 : 1995} AND immig IS NULL`,
      );
  }
  return undefined;
}
