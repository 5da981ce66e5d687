import { residentOn } from '../build/context';
import { lastDay } from '../plan/schedule';
import { dateList, type RecipeEnv, sqlDate, yearOf } from './types';

/**
 * Time frames: SQL skeletons that put a value expression on the right rows and dates for a temporality.
 * Each scans one table that is sorted by unit (and time), and only filters, projects and unnests it, so
 * the output stays sorted by unit_id and start. `value` and `where` may use the table's columns and
 * `d` (snapshot date), `ps`/`pe` (period start/stop), `y` (year).
 */

const nonNull = (sql: string) => `SELECT * FROM (${sql}) WHERE value IS NOT NULL`;

/** FIXED: one row per unit, no dates. */
export function fixedFrame(table: string, unit: string, value: string, where = 'true'): string {
  return nonNull(
    `SELECT ${unit} AS unit_id, ${value} AS value, NULL::DATE AS start, NULL::DATE AS stop FROM ${table} WHERE ${where}`,
  );
}

/** Month and day of an annual snapshot series (all its dates share them). */
function annualAnchor(dates: string[]): { month: number; day: number } {
  const [, month, day] = dates[0]!.split('-').map(Number) as [number, number, number];
  return { month, day };
}

/** Years of an annual snapshot or period schedule, or null for monthly ones. */
function annualYears(env: RecipeEnv): number[] | null {
  const s = env.schedule;
  if (s.kind === 'snapshots' && s.cadence === 'annual') return s.dates.map(yearOf);
  if (s.kind === 'periods' && s.cadence === 'annual') return s.periods.map((p) => yearOf(p.start));
  return null;
}

/** Annual STATUS on 1 January from the family table `fam` (residents on that day); null when not applicable. */
export function famSnapshots(env: RecipeEnv, value: string, where = 'true'): string | null {
  const s = env.schedule;
  const years = annualYears(env);
  if (s.kind !== 'snapshots' || !years || !s.dates.every((d) => d.endsWith('-01-01'))) return null;
  if (years.some((y) => y < env.params.from || y > env.params.to + 1)) return null;
  return nonNull(`SELECT pid AS unit_id, ${value} AS value, make_date(y, 1, 1) AS start, make_date(y, 1, 1) AS stop
    FROM (SELECT *, make_date(y, 1, 1) AS d FROM fam) WHERE list_contains([${years.join(', ')}], y) AND (${where})`);
}

/** Annual STATUS from the person-year table `py`, for residents on the snapshot day; null when not applicable. */
export function pySnapshots(env: RecipeEnv, value: string, where = 'true'): string | null {
  const s = env.schedule;
  const years = annualYears(env);
  if (s.kind !== 'snapshots' || !years || years.some((y) => y < env.params.from || y > env.params.to))
    return null;
  const { month, day } = annualAnchor(s.dates);
  return nonNull(`SELECT pid AS unit_id, ${value} AS value, d AS start, d AS stop
    FROM (SELECT *, make_date(y, ${month}, ${day}) AS d FROM py) WHERE list_contains([${years.join(', ')}], y) AND ${residentOn('d')} AND (${where})`);
}

/** Annual ACCUMULATED values from `py` (or another person-year table), calendar years; null when not applicable. */
export function pyPeriods(env: RecipeEnv, value: string, where = 'true', table = 'py'): string | null {
  const years = annualYears(env);
  if (
    env.schedule.kind !== 'periods' ||
    !years ||
    years.some((y) => y < env.params.from || y > env.params.to)
  )
    return null;
  return nonNull(`SELECT pid AS unit_id, ${value} AS value, make_date(y, 1, 1) AS start, make_date(y, 12, 31) AS stop
    FROM ${table} WHERE list_contains([${years.join(', ')}], y) AND (${where})`);
}

/** STATUS or ACCUMULATED for persons on any dates, from the wide person table `pw` (residents only). */
export function personDates(
  env: RecipeEnv,
  value: string,
  where = 'true',
  unitWhere = 'true',
): string | null {
  const s = env.schedule;
  if (s.kind === 'snapshots') {
    return nonNull(`SELECT pid AS unit_id, ${value} AS value, d AS start, d AS stop
      FROM (SELECT *, unnest(${dateList(s.dates)}) AS d FROM pw WHERE ${unitWhere}) WHERE ${residentOn('d')} AND (${where})`);
  }
  if (s.kind === 'periods') {
    const periods = `[${s.periods.map((p) => `{'s': ${sqlDate(p.start)}, 'e': ${sqlDate(p.stop)}}`).join(', ')}]`;
    return nonNull(`SELECT pid AS unit_id, ${value} AS value, ps AS start, pe AS stop
      FROM (SELECT *, per.s AS ps, per.e AS pe, per.e AS d FROM (SELECT *, unnest(${periods}) AS per FROM pw WHERE ${unitWhere}))
      WHERE ${residentOn('pe')} AND (${where})`);
  }
  return null;
}

/** EVENT spells from a spell table (columns start, stop), clipped to the variable's window. */
export function spellFrame(
  env: RecipeEnv,
  table: string,
  unit: string,
  value: string,
  where = 'true',
): string | null {
  const s = env.schedule;
  if (s.kind !== 'spells' || s.from > s.to) return null;
  const from = sqlDate(s.from);
  const to = sqlDate(s.to);
  return nonNull(`SELECT ${unit} AS unit_id, ${value} AS value, greatest(start, ${from}) AS start,
      CASE WHEN stop IS NULL OR stop > ${to} THEN NULL ELSE stop END AS stop
    FROM ${table} WHERE start <= ${to} AND (stop IS NULL OR stop >= ${from}) AND (${where})`);
}

const monthIndex = (date: string, y0: number, m0: number) =>
  `((year(${date}) - ${y0}) * 12 + month(${date}) - ${m0})`;

/**
 * Monthly STATUS (snapshot every month) or ACCUMULATED (calendar months) for units active from `from`
 * to `to` (table columns or expressions; `to` may be null for ongoing). Unnests only the months the unit
 * is active in, so rows stay sorted. `yr` is the year of the month. Set `nullable` false for value
 * expressions that are never null: the null filter would evaluate them twice.
 */
export function monthlyFrame(
  env: RecipeEnv,
  table: string,
  unit: string,
  value: string,
  where: string,
  from: string,
  to: string,
  nullable = true,
): string | null {
  const s = env.schedule;
  if ((s.kind !== 'snapshots' && s.kind !== 'periods') || s.cadence !== 'monthly') return null;
  const dates = s.kind === 'snapshots' ? s.dates : s.periods.map((p) => p.start);
  if (dates.length === 0) return null;
  const [y0, m0] = dates[0]!.split('-').map(Number) as [number, number];
  const stop = `coalesce(${to}, DATE '9999-12-31')`;
  let first = monthIndex(from, y0, m0);
  let last = monthIndex(stop, y0, m0);
  const year = `${y0} + (${m0 - 1} + m) // 12 AS yr`;
  let stamp = `${dateList(dates)}[m + 1] AS ps, ps AS pe, ps AS d, ${year}`;
  if (s.kind === 'snapshots') {
    const monthEnd = dates.every((d) => Number(d.slice(8)) === lastDay(yearOf(d), Number(d.slice(5, 7))));
    const day = Number(dates[0]!.slice(8));
    first = monthEnd ? first : `${first} + (day(${from}) > ${day})::INTEGER`;
    last = monthEnd
      ? `${last} - (${stop} < last_day(${stop}))::INTEGER`
      : `${last} - (day(${stop}) < ${day})::INTEGER`;
  } else {
    const ends = s.periods.map((p) => p.stop);
    stamp = `${dateList(dates)}[m + 1] AS ps, ${dateList(ends)}[m + 1] AS pe, pe AS d, ${year}`;
  }
  const select = `SELECT ${unit} AS unit_id, ${value} AS value, ps AS start, pe AS stop
    FROM (SELECT *, ${stamp} FROM (
      SELECT *, unnest(range(greatest(${first}, 0), least(${last}, ${dates.length - 1}) + 1)) AS m FROM ${table} WHERE ${where}))`;
  return nullable ? nonNull(select) : select;
}

/** Annual STATUS or ACCUMULATED for units active in years [fromYear, toYear] (expressions over the table). */
export function unitYears(
  env: RecipeEnv,
  table: string,
  unit: string,
  value: string,
  where: string,
  fromYear: string,
  toYear: string,
): string | null {
  const s = env.schedule;
  const years = annualYears(env);
  if (!years || years.length === 0) return null;
  const y0 = Math.min(...years);
  const y1 = Math.max(...years);
  let stamp = 'make_date(y, 1, 1) AS ps, make_date(y, 12, 31) AS pe, pe AS d';
  if (s.kind === 'snapshots') {
    const { month, day } = annualAnchor(s.dates);
    stamp = `make_date(y, ${month}, ${day}) AS ps, ps AS pe, ps AS d`;
  }
  return nonNull(`SELECT ${unit} AS unit_id, ${value} AS value, ps AS start, pe AS stop
    FROM (SELECT *, ${stamp} FROM (
      SELECT *, unnest(range(greatest(${fromYear}, ${y0}), least(${toYear}, ${y1}) + 1)) AS y FROM ${table} WHERE ${where}))
    WHERE list_contains([${years.join(', ')}], y)`);
}
