import type { Help } from './command-kit/syntax';

/** A summary statistic of collapse, aggregate and barchart. */
export interface StatisticSpec {
  name: string;
  /** Works on string variables too (it only counts). */
  anyType: boolean;
  help: Help;
}

const s = (name: string, anyType: boolean, nb: string, en: string): StatisticSpec => ({
  name,
  anyType,
  help: { nb, en },
});

/** Every named statistic; percentiles `p1` to `p99` are handled by `isStatistic`. */
export const statistics: readonly StatisticSpec[] = [
  s('count', true, 'Antall verdier som ikke er missing.', 'The number of non-missing values.'),
  s('percent', true, 'Andel i prosent.', 'Share in percent.'),
  s('sum', false, 'Summen.', 'The sum.'),
  s('mean', false, 'Gjennomsnittet.', 'The mean.'),
  s('median', false, 'Medianen.', 'The median.'),
  s('min', false, 'Minste verdi.', 'The smallest value.'),
  s('max', false, 'Største verdi.', 'The largest value.'),
  s('sd', false, 'Standardavviket.', 'The standard deviation.'),
  s('semean', false, 'Standardfeilen til gjennomsnittet.', 'The standard error of the mean.'),
  s('iqr', false, 'Kvartilbredden (p75 - p25).', 'The interquartile range (p75 - p25).'),
  s('gini', false, 'Gini-koeffisienten.', 'The Gini coefficient.'),
];

/** The statistic named `name` (including `p1`..`p99`), if any. */
export function findStatistic(name: string): StatisticSpec | undefined {
  const m = /^p(\d{1,2})$/.exec(name);
  if (m && Number(m[1]) >= 1) return s(name, false, `Persentil ${m[1]}.`, `Percentile ${m[1]}.`);
  return statistics.find((x) => x.name === name);
}
