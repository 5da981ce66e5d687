import type { VariableFact } from '../catalog/facts';

/** When a variable has data: the dates of STATUS snapshots, the periods of ACCUMULATED values, the window of EVENT spells. */
export type Schedule =
  | { kind: 'fixed' }
  | { kind: 'snapshots'; cadence: Cadence; dates: string[] }
  | { kind: 'periods'; cadence: Cadence; periods: Period[] }
  | { kind: 'spells'; from: string; to: string };

/** How often a series is measured. */
export type Cadence = 'annual' | 'monthly';

/** One accumulation period, both ends inclusive. */
export interface Period {
  start: string;
  stop: string;
}

/** How many years (or twelve months) a variable whose validity lies outside the range still gets. */
const LEGACY_YEARS = 3;

/** Zero-padded ISO date. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Last day of a month (1-12). */
export function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Monthly registers (a-ordningen, the job-seeker register) are measured every month, the rest once a year. */
export function cadenceOf(name: string): Cadence {
  return /^(ARBLONN|ARBEIDSSOKER)_/.test(name) ? 'monthly' : 'annual';
}

const within = (date: string, fact: VariableFact) =>
  (fact.validFrom === null || date >= fact.validFrom) && (fact.validTo === null || date <= fact.validTo);

/** The schedule of one variable for the year range [from, to], clipped to the variable's validity. */
export function scheduleOf(fact: VariableFact, from: number, to: number): Schedule {
  switch (fact.temporality) {
    case 'FIXED':
      return { kind: 'fixed' };
    case 'STATUS':
      return { kind: 'snapshots', cadence: cadenceOf(fact.name), dates: snapshotDates(fact, from, to) };
    case 'ACCUMULATED':
      return { kind: 'periods', cadence: cadenceOf(fact.name), periods: periodsOf(fact, from, to) };
    case 'EVENT':
      return spellWindow(fact, to);
  }
}

/** The anchor day of a STATUS series: the month-day of its last stated measurement. */
function anchorOf(fact: VariableFact): { month: number; day: number; monthEnd: boolean } {
  const anchor = fact.validTo ?? fact.validFrom ?? '2000-01-01';
  const [year, month, day] = anchor.split('-').map(Number) as [number, number, number];
  return { month, day, monthEnd: day === lastDay(year, month) };
}

function snapshotDates(fact: VariableFact, from: number, to: number): string[] {
  const { month, day, monthEnd } = anchorOf(fact);
  const candidates = (first: number, last: number): string[] => {
    const dates: string[] = [];
    for (let year = first; year <= last; year++) {
      if (cadenceOf(fact.name) === 'annual') {
        dates.push(isoDate(year, month, monthEnd ? lastDay(year, month) : day));
        continue;
      }
      for (let m = 1; m <= 12; m++)
        dates.push(isoDate(year, m, monthEnd ? lastDay(year, m) : Math.min(day, lastDay(year, m))));
    }
    return dates;
  };
  // A snapshot on 1 January after `to` still describes the last year of the range.
  const rangeEnd = isoDate(to + 1, 1, 1);
  const inRange = candidates(from, to + 1).filter((d) => d <= rangeEnd && within(d, fact));
  return inRange.length
    ? inRange
    : legacy(
        candidates(1960, 2040).filter((d) => within(d, fact)),
        from,
        cadenceOf(fact.name),
        (d) => Number(d.slice(0, 4)),
      );
}

function periodsOf(fact: VariableFact, from: number, to: number): Period[] {
  const candidates = (first: number, last: number): Period[] => {
    const periods: Period[] = [];
    for (let year = first; year <= last; year++) {
      if (cadenceOf(fact.name) === 'annual')
        periods.push({ start: isoDate(year, 1, 1), stop: isoDate(year, 12, 31) });
      else
        for (let m = 1; m <= 12; m++)
          periods.push({ start: isoDate(year, m, 1), stop: isoDate(year, m, lastDay(year, m)) });
    }
    return periods;
  };
  const fits = (p: Period) => within(p.start, fact) && within(p.stop, fact);
  const inRange = candidates(from, to).filter(fits);
  return inRange.length
    ? inRange
    : legacy(candidates(1960, 2040).filter(fits), from, cadenceOf(fact.name), (p) =>
        Number(p.start.slice(0, 4)),
      );
}

/** A variable valid only before (or after) the range keeps its last (or first) few years, so it is never empty. */
function legacy<T>(all: T[], from: number, cadence: Cadence, yearOf: (item: T) => number): T[] {
  const keep = cadence === 'annual' ? LEGACY_YEARS : 12 * LEGACY_YEARS;
  const first = all[0];
  return first !== undefined && yearOf(first) > from ? all.slice(0, keep) : all.slice(-keep);
}

function spellWindow(fact: VariableFact, to: number): Schedule {
  const end = isoDate(to, 12, 31);
  return {
    kind: 'spells',
    from: fact.validFrom ?? '1900-01-01',
    to: fact.validTo !== null && fact.validTo < end ? fact.validTo : end,
  };
}

/** First and last date a schedule has data for, for the manifest (null for FIXED). */
export function coverageOf(
  schedule: Schedule,
  fact: VariableFact,
): { validFrom: string | null; validTo: string | null } {
  switch (schedule.kind) {
    case 'fixed':
      return { validFrom: fact.validFrom, validTo: fact.validTo };
    case 'snapshots':
      return { validFrom: schedule.dates[0] ?? null, validTo: schedule.dates.at(-1) ?? null };
    case 'periods':
      return {
        validFrom: schedule.periods[0]?.start ?? null,
        validTo: schedule.periods.at(-1)?.stop ?? null,
      };
    case 'spells':
      return { validFrom: schedule.from, validTo: schedule.to };
  }
}
