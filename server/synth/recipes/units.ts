import { fixedFrame, spellFrame, unitYears } from './frames';
import type { Recipe, RecipeEnv } from './types';
import { genericValue } from './values';

const yyyymm = (d: string) => `(year(${d}) * 100 + month(${d}))`;
const course =
  (value: string | ((env: RecipeEnv) => string)): Recipe =>
  (env) =>
    spellFrame(env, 'course', 'cid', typeof value === 'string' ? value : value(env));
const vehicle =
  (value: string): Recipe =>
  (env) =>
    unitYears(env, 'vehicle', 'vid', value, 'true', 'reg_year', 'last_year');
const meter =
  (value: string, where = 'true'): Recipe =>
  (env) =>
    unitYears(env, 'meter', 'mid', value, where, '2020', String(env.params.to + 1));

/** Variables of the other unit types: courses, vehicles, traffic accidents, hospital stays, metering points. */
export const unitRecipes: Record<string, Recipe> = {
  ARBEIDSFORHOLD_PERSON: () => fixedFrame('job', 'jid', 'pid'),
  NUDB_KURS_FNR: () => fixedFrame('course', 'cid', 'pid'),
  NUDB_KURS_LOEPENR: () => fixedFrame('course', 'cid', 'lnr'),
  NUDB_KURS_NUS: course('nus'),
  NUDB_KURS_SKOLEKOM: course('kom'),
  NUDB_KURS_UTFALL: (env) =>
    spellFrame(
      env,
      'course',
      'cid',
      `CASE WHEN stop > DATE '${env.params.to}-12-31' THEN '4' WHEN completed THEN '1' ELSE '3' END`,
    ),
  NUDB_KURS_HELDEL: (env) =>
    spellFrame(env, 'course', 'cid', `CASE WHEN ${env.rng.u('heldel', 'cid')} < 0.9 THEN '1' ELSE '2' END`),
  KJORETOY_KJORETOYID_FNR: vehicle('owner_pid'),
  KJORETOY_FREG_AR: vehicle('reg_year'),
  KJORETOY_MAALERAVLESNING_KM: (env) =>
    vehicle(`greatest(0, round((y - reg_year) * (9000 + 8000 * ${env.rng.u('km', 'vid')})))`)(env),
  KJORETOY_MAALERAVLESNING_AARMND: vehicle('y * 100 + 6'),
  TRAFULYK_AARMND: () => fixedFrame('accident', 'aid', yyyymm('day')),
  TRAFULYK_KOMMUNE: () => fixedFrame('accident', 'aid', 'kom'),
  TRAFULYK_ANTALL_PERS: () => fixedFrame('accident', 'aid', 'persons'),
  TRAFULYK_PERS_FNR: () => fixedFrame('accident_person', 'apid', 'pid'),
  TRAFULYK_PERS_TRAFULYK: () => fixedFrame('accident_person', 'apid', 'aid'),
  TRAFULYK_PERS_AARMND: () => fixedFrame('accident_person', 'apid', yyyymm('day')),
  TRAFULYK_PERS_ALDER: () => fixedFrame('accident_person', 'apid', 'age'),
  TRAFULYK_PERS_KJOENN: () => fixedFrame('accident_person', 'apid', 'sex::VARCHAR'),
  AGGRSHOPPID: (env) => spellFrame(env, 'stay', 'sid', 'pid'),
  INNDATO: () => fixedFrame('stay', 'sid', 'start'),
  UTDATO: () => fixedFrame('stay', 'sid', 'stop'),
  NPRID: () => fixedFrame('pw', 'pid', 'pid', 'has_stay'),
  ELHUB_PERS_MALEPUNKTID_FNR: meter('owner_pid'),
  ELHUB_PERS_MALEPUNKT_ADR_KOMMUNE: meter('kom'),
  ELHUB_PERS_STROMFORBRUK: (env) =>
    meter(`round(16000 * exp(0.35 * ${env.rng.n('kwh', 'mid')} + 0.1 * ${env.rng.n('kwh', 'mid', 'y')}), 1)`)(
      env,
    ),
  ELHUB_PERS_KRAFTPRODUKSJON: (env) =>
    meter(
      `round(2500 * exp(0.5 * ${env.rng.n('solar', 'mid', 'y')}), 1)`,
      `${env.rng.u('solar?', 'mid')} < 0.04`,
    )(env),
};

/** Course variables without a specific recipe: the course's spell with a value fixed for the course. */
export const courseFallback: Recipe = (env) =>
  spellFrame(env, 'course', 'cid', genericValue(env, 'cid', null));
