import { fixedFrame, monthlyFrame, personDates, spellFrame, unitYears } from './frames';
import type { Recipe, RecipeEnv } from './types';
import { sqlDate } from './types';
import { genericValue } from './values';

/**
 * Share of units that have a value for variables without a specific recipe. Registers that cover only
 * some people (benefit recipients, pupils in a given year) are sparse by nature; a sample keeps the
 * datastore small for the rest. Units without a row read as missing.
 */
export function coverageOf(env: RecipeEnv): number {
  const { fact } = env;
  if (
    [
      'municipality',
      'vehicle',
      'traffic-accident',
      'accident-person',
      'hospital-stay',
      'metering-point',
      'course',
    ].includes(fact.unitType)
  ) {
    return 1;
  }
  if (fact.unitType === 'job') return 0.1;
  if (fact.temporality === 'EVENT') return 0.04;
  if (fact.temporality === 'FIXED') return /^NUDB_(GS|VGS|NP|NPKL)_/.test(fact.name) ? 0.6 : 0.3;
  return fact.temporality === 'ACCUMULATED' ? 0.15 : 0.12;
}

const covered = (env: RecipeEnv, unit: string) =>
  `${env.rng.u(`${env.fact.name}.cov`, unit)} < ${coverageOf(env)}`;

/** One spell per covered person somewhere inside the person's time in Norway and the variable's window. */
function personSpells(env: RecipeEnv): string | null {
  const s = env.schedule;
  if (s.kind !== 'spells') return null;
  const r = env.rng;
  const name = env.fact.name;
  const table = `(SELECT *, greatest(entry, ${sqlDate(s.from)}) AS lo, least(coalesce(exit - 1, ${sqlDate(s.to)}), ${sqlDate(s.to)}) AS hi FROM pw)`;
  const spell = `(SELECT *, lo + floor(${r.u(`${name}.when`, 'pid')} * (hi - lo))::INTEGER AS start,
      lo + floor(${r.u(`${name}.when`, 'pid')} * (hi - lo))::INTEGER + 30 + floor(${r.exp(500, `${name}.len`, 'pid')})::INTEGER AS stop
    FROM ${table} WHERE lo <= hi AND ${covered(env, 'pid')})`;
  return spellFrame(env, spell, 'pid', genericValue(env, 'pid', null));
}

/** The fallback for every variable: the right units, dates and value type, with generic values. */
export const genericRecipe: Recipe = (env) => {
  const { fact, params } = env;
  const value = (unit: string, time: string | null) => genericValue(env, unit, time);
  const temporal = fact.temporality !== 'FIXED';
  switch (fact.unitType) {
    case 'person':
      if (fact.temporality === 'FIXED')
        return fixedFrame('pw', 'pid', value('pid', null), covered(env, 'pid'));
      if (fact.temporality === 'EVENT') return personSpells(env);
      return personDates(env, value('pid', 'year(d) * 12 + month(d)'), 'true', covered(env, 'pid'));
    case 'job':
      if (!temporal) return fixedFrame('job', 'jid', value('jid', null));
      return (
        monthlyFrame(env, 'job', 'jid', value('jid', 'm'), covered(env, 'jid'), 'start', 'stop') ??
        unitYears(
          env,
          'job',
          'jid',
          value('jid', 'y'),
          covered(env, 'jid'),
          'year(start)',
          `least(year(stop), ${params.to})`,
        )
      );
    case 'course':
      return temporal
        ? spellFrame(env, 'course', 'cid', value('cid', null))
        : fixedFrame('course', 'cid', value('cid', null));
    case 'vehicle':
      return unitYears(env, 'vehicle', 'vid', value('vid', 'y'), 'true', 'reg_year', 'last_year');
    case 'municipality':
      return unitYears(env, 'muni', 'uid', value('uid', 'y'), 'true', String(params.from), String(params.to));
    case 'metering-point':
      return unitYears(env, 'meter', 'mid', value('mid', 'y'), 'true', '2020', String(params.to + 1));
    case 'traffic-accident':
      return fixedFrame('accident', 'aid', value('aid', null));
    case 'accident-person':
      return fixedFrame('accident_person', 'apid', value('apid', null));
    case 'hospital-stay':
      return temporal
        ? spellFrame(env, 'stay', 'sid', value('sid', null))
        : fixedFrame('stay', 'sid', value('sid', null));
    default:
      return null;
  }
};
