import type { StepOf } from '../../lang/plan';
import { crossTableFacts, type Dimension, type VolumeSpec } from '../analysis/cross-table';
import type { QuantileName } from '../analysis/group-stats';
import { type AnalysisSource, analysisSource, columnSql } from '../analysis/source';
import { winsorBounds } from '../analysis/winsor';
import type { EngineContext } from '../engine-context';
import type { RawCrossTable, TableMeasure } from '../protect/table';
import type { VolumeStatistic } from '../protect/volume-cell';

/** The options tabulate and tabulate-panel share. */
export type TabulateOptions = StepOf<'tabulate'>['options'];

const VOLUME_FLAGS: readonly [keyof TabulateOptions, VolumeStatistic][] = [
  ['mean', 'mean'],
  ['sum', 'sum'],
  ['sd', 'sd'],
  ['std', 'sd'],
  ['min', 'min'],
  ['max', 'max'],
  ['median', 'median'],
  ['p25', 'p25'],
  ['p50', 'p50'],
  ['p75', 'p75'],
  ['iqr', 'iqr'],
  ['gini', 'gini'],
];

/** What each cell shows, from tabulate's options. */
export function tableMeasures(options: TabulateOptions, oneWay: boolean): TableMeasure[] {
  if (options.summarize) {
    const stats = [...new Set(VOLUME_FLAGS.filter(([flag]) => options[flag]).map(([, s]) => s))];
    const count: TableMeasure[] = options.freq || options.count ? ['count'] : [];
    return [...count, ...(stats.length ? stats : (['mean'] as const))];
  }
  const pct = (['rowpct', 'colpct', 'cellpct'] as const).filter((p) => options[p]);
  if (pct.length === 0) return ['count'];
  const shown: TableMeasure[] = oneWay ? ['percent'] : pct;
  return options.freq ? ['count', ...shown] : shown;
}

/** The volume part of a table: the winsorised variable and what each cell needs of it. */
export async function volumeSpec(
  ctx: EngineContext,
  source: AnalysisSource,
  variable: string,
  measures: readonly TableMeasure[],
): Promise<VolumeSpec> {
  const bounds = (await winsorBounds(ctx, source.view, [variable])).get(variable);
  const quantiles = new Set<QuantileName>();
  for (const m of measures) {
    if (m === 'median' || m === 'p50') quantiles.add('p50');
    if (m === 'p25' || m === 'iqr') quantiles.add('p25');
    if (m === 'p75' || m === 'iqr') quantiles.add('p75');
  }
  return {
    variable,
    valueSql: columnSql(source.view, variable),
    bounds: bounds ?? { lower: null, upper: null, units: 0 },
    quantiles: [...quantiles],
    sd: measures.includes('sd'),
    gini: measures.includes('gini'),
  };
}

/** Builds a raw cross table from its dimensions and tabulate's options. */
export async function buildCrossTable(
  ctx: EngineContext,
  step: { line: number; span: { start: number; end: number }; kind: string },
  source: AnalysisSource,
  rows: Dimension[],
  column: Dimension | null,
  options: TabulateOptions,
  title: string,
): Promise<RawCrossTable> {
  const measures = tableMeasures(options, column === null && rows.length === 1);
  const volume = options.summarize ? await volumeSpec(ctx, source, options.summarize, measures) : null;
  const facts = await crossTableFacts(ctx, {
    source,
    rows,
    column,
    missing: options.missing === true,
    nolabels: options.nolabels === true,
    volume,
  });
  return {
    kind: 'descriptive',
    family: 'cross-table',
    line: step.line,
    command: step.kind,
    span: step.span,
    title,
    rowDimensions: rows.map((d) => d.name),
    columnDimension: column?.name ?? null,
    ...facts,
    measures,
    volume: volume ? { variable: volume.variable, bounds: volume.bounds } : null,
    order: {
      ...(options.rowsort !== undefined ? { rowsort: options.rowsort } : {}),
      ...(options.colsort !== undefined ? { colsort: options.colsort } : {}),
      ...(options.top !== undefined ? { top: options.top } : {}),
      ...(options.bottom !== undefined ? { bottom: options.bottom } : {}),
    },
    chi2: options.chi2 === true && column !== null,
  };
}

/**
 * `tabulate var-list [if] [, options]`: a one-way table, a cross table with the last variable across the
 * columns (`flatten` keeps every variable down the side), or a volume table with `summarize(var)`.
 */
export async function tabulate(step: StepOf<'tabulate'>, ctx: EngineContext): Promise<undefined> {
  const source = analysisSource(ctx, step.dataset, step.condition);
  const dims = step.variables.map((v) => ({ name: v.name, sql: columnSql(source.view, v.name) }));
  const flat = dims.length === 1 || step.options.flatten === true;
  const rows = flat ? dims : dims.slice(0, -1);
  const column = flat ? null : (dims.at(-1) ?? null);
  const names = step.variables.map((v) => v.name).join(' × ');
  const title = step.options.summarize ? `${names}, summarize(${step.options.summarize})` : names;
  ctx.emit(await buildCrossTable(ctx, step, source, rows, column, step.options, title));
}
