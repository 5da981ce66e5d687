import { pickSql } from '../sql/random';
import type { RecipeEnv } from './types';

/**
 * A plausible value for any variable from its value type, code list, numeric hints and name, keyed by a
 * unit (and, for series, a time) so that most units keep their value from one period to the next.
 */
export function genericValue(env: RecipeEnv, unit: string, time: string | null): string {
  const { fact, rng } = env;
  const name = fact.name;
  const stable = rng.u(`${name}.v`, unit);
  const u = time
    ? `(CASE WHEN ${rng.u(`${name}.keep`, unit, time)} < 0.85 THEN ${stable} ELSE ${rng.u(`${name}.vt`, unit, time)} END)`
    : stable;
  const n = time
    ? `(0.9 * ${rng.n(`${name}.n`, unit)} + 0.44 * ${rng.n(`${name}.nt`, unit, time)})`
    : rng.n(`${name}.n`, unit);
  switch (fact.valueType) {
    case 'string':
      return env.domain ? pickSql(env.domain.codes, env.domain.weights, u) : freeString(name, u);
    case 'date':
      return `(DATE '2000-01-01' + floor(${u} * 9000)::INTEGER)`;
    case 'integer':
      return `round(${numeric(env, u, n)})::BIGINT`;
    case 'decimal':
      return `round(${numeric(env, u, n)}, 2)::DOUBLE`;
  }
}

/** Strings without a code list: clock times, years, codes of a fixed width. */
function freeString(name: string, u: string): string {
  if (/TID$/.test(name))
    return `lpad(floor(${u} * 24)::VARCHAR, 2, '0') || ':' || lpad(floor(${u} * 1440 % 60)::VARCHAR, 2, '0')`;
  if (/AAR$/.test(name)) return `(1960 + floor(${u} * 60)::INTEGER)::VARCHAR`;
  if (/TETTNR|NR$/.test(name)) return `lpad(floor(${u} * 9000 + 1000)::VARCHAR, 4, '0')`;
  return `(floor(${u} * 2)::INTEGER)::VARCHAR`;
}

/** A number: dates as YYYYMMDD/YYYYMM, years, ages, counts, percentages, or an amount from the hints or the name. */
function numeric(env: RecipeEnv, u: string, n: string): string {
  const { fact } = env;
  const name = fact.name;
  const day = `(DATE '2000-01-01' + floor(${u} * 9000)::INTEGER)`;
  if (fact.encoding === 'yyyymmdd') return `(year(${day}) * 10000 + month(${day}) * 100 + day(${day}))`;
  if (fact.encoding === 'yyyymm') return `(year(${day}) * 100 + month(${day}))`;
  if (/AARMND/.test(name)) return `(year(${day}) * 100 + month(${day}))`;
  if (/(_AAR|_AR|AAR_)($|_)|BYGGEAAR/.test(name)) return `(1975 + floor(${u} * 50))`;
  if (/ALDER/.test(name)) return `(16 + floor(${u} * 60))`;
  if (/GRAD|UFG|PST|PROSENT/.test(name)) return `(10 * (1 + floor(${u} * 10)))`;
  const hint = fact.numeric;
  if (hint?.mean !== undefined && hint.std !== undefined && hint.std > 0) {
    const lo = hint.min ?? Number.NEGATIVE_INFINITY;
    const hi = hint.max ?? Number.POSITIVE_INFINITY;
    return `greatest(${Number.isFinite(lo) ? lo : -1e15}, least(${Number.isFinite(hi) ? hi : 1e15}, ${hint.mean} + ${hint.std} * ${n}))`;
  }
  if (/ANT|ANTALL|AKSLER|DORER|SITTEPL|SEMESTER|_BARN|LOVANT|PARITET|MND/.test(name))
    return `floor(pow(${u}, 2) * 6)`;
  if (/POENG/.test(name)) return `(35 + 10 * ${n})`;
  if (
    hint?.min !== undefined &&
    hint.max !== undefined &&
    hint.max > hint.min &&
    hint.max <= 1000 &&
    hint.max !== 9999
  ) {
    return `(${hint.min} + floor(${u} * ${hint.max - hint.min + 1}))`;
  }
  const scale =
    fact.unitType === 'municipality'
      ? '9.5 + 1.6'
      : /SKATT_|INNTEKT_|LONN|STONAD|BIDRAG|LAAN|GJELD|FORMUE/.test(name)
        ? '10.8 + 1.1'
        : '8.5 + 1.2';
  const [mu, sigma] = scale.split(' + ');
  return `exp(${mu} + ${sigma} * ${n})`;
}
