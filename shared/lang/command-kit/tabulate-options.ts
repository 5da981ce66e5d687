import { flag, option } from './syntax';

/** Statistics tabulate can show with summarize(var). */
const summaryFlags = [
  flag('mean', 'Viser gjennomsnitt (med summarize).', 'Shows the mean (with summarize).'),
  flag('median', 'Viser median (med summarize).', 'Shows the median (with summarize).'),
  flag('sum', 'Viser sum (med summarize).', 'Shows the sum (with summarize).'),
  flag('sd', 'Viser standardavvik (med summarize).', 'Shows the standard deviation (with summarize).'),
  flag('std', 'Viser standardavvik (med summarize).', 'Shows the standard deviation (with summarize).'),
  flag('min', 'Viser minste verdi (med summarize).', 'Shows the minimum (with summarize).'),
  flag('max', 'Viser største verdi (med summarize).', 'Shows the maximum (with summarize).'),
  flag('count', 'Viser antall (med summarize).', 'Shows the count (with summarize).'),
  flag('iqr', 'Viser kvartilbredden (med summarize).', 'Shows the interquartile range (with summarize).'),
  flag('gini', 'Viser Gini-koeffisienten (med summarize).', 'Shows the Gini coefficient (with summarize).'),
  flag('p25', 'Viser 25-persentilen (med summarize).', 'Shows the 25th percentile (with summarize).'),
  flag('p50', 'Viser 50-persentilen (med summarize).', 'Shows the 50th percentile (with summarize).'),
  flag('p75', 'Viser 75-persentilen (med summarize).', 'Shows the 75th percentile (with summarize).'),
] as const;

/** Options of tabulate and tabulate-panel. */
export const TABULATE_OPTIONS = [
  flag('missing', 'Tar med missing som egen kategori.', 'Includes missing as a category.'),
  flag('nolabels', 'Viser koder i stedet for labels.', 'Shows codes instead of labels.'),
  flag('rowpct', 'Viser radprosent.', 'Shows row percentages.'),
  flag('colpct', 'Viser kolonneprosent.', 'Shows column percentages.'),
  flag('cellpct', 'Viser celleprosent av totalen.', 'Shows cell percentages of the total.'),
  flag('freq', 'Viser antall (sammen med prosent).', 'Shows counts (together with percentages).'),
  option(
    'summarize',
    'variable',
    'Volumtabell: statistikk for denne variabelen i hver celle.',
    'Volume table: statistics of this variable in each cell.',
  ),
  ...summaryFlags,
  flag('chi2', 'Tester uavhengighet med kjikvadrattest.', 'Tests independence with a chi-squared test.'),
  flag('flatten', 'Viser flerveistabeller som én flat tabell.', 'Shows multi-way tables as one flat table.'),
  option('colsort', 'text', 'Sorterer kolonnene.', 'Sorts the columns.'),
  option('rowsort', 'text', 'Sorterer radene.', 'Sorts the rows.'),
  option('top', 'integer', 'Viser bare de n største kategoriene.', 'Shows only the n largest categories.'),
  option('bottom', 'integer', 'Viser bare de n minste kategoriene.', 'Shows only the n smallest categories.'),
] as const;
