import { flag } from './syntax';

/** Options of summarize and summarize-panel. */
export const SUMMARIZE_OPTIONS = [
  flag('gini', 'Tar med Gini-koeffisienten.', 'Adds the Gini coefficient.'),
  flag('iqr', 'Tar med kvartilbredden.', 'Adds the interquartile range.'),
  flag('median', 'Tar med medianen.', 'Adds the median.'),
  flag('detail', 'Viser flere persentiler og skjevhet.', 'Shows more percentiles and skewness.'),
  flag('p1', 'Tar med 1-persentilen.', 'Adds the 1st percentile.'),
  flag('p5', 'Tar med 5-persentilen.', 'Adds the 5th percentile.'),
  flag('p10', 'Tar med 10-persentilen.', 'Adds the 10th percentile.'),
  flag('p25', 'Tar med 25-persentilen.', 'Adds the 25th percentile.'),
  flag('p50', 'Tar med 50-persentilen.', 'Adds the 50th percentile.'),
  flag('p75', 'Tar med 75-persentilen.', 'Adds the 75th percentile.'),
  flag('p90', 'Tar med 90-persentilen.', 'Adds the 90th percentile.'),
  flag('p95', 'Tar med 95-persentilen.', 'Adds the 95th percentile.'),
  flag('p99', 'Tar med 99-persentilen.', 'Adds the 99th percentile.'),
] as const;
