import type { Dimension } from '../analysis/cross-table';
import type { QuantileName } from '../analysis/group-stats';
import type { AnalysisSource } from '../analysis/source';
import { summaryFacts } from '../analysis/summary-facts';
import { winsorBounds } from '../analysis/winsor';
import type { EngineContext } from '../engine-context';
import type { RawSummary, SummaryStatistic } from '../protect/summary';

const DETAIL: SummaryStatistic[] = [
  'p1',
  'p5',
  'p10',
  'p25',
  'p50',
  'p75',
  'p90',
  'p95',
  'p99',
  'skewness',
  'kurtosis',
];
const PERCENTILE_FLAGS = ['p1', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95', 'p99'] as const;

/** The options of summarize and summarize-panel. */
export interface SummarizeFlags {
  gini?: boolean;
  iqr?: boolean;
  median?: boolean;
  detail?: boolean;
  p1?: boolean;
  p5?: boolean;
  p10?: boolean;
  p25?: boolean;
  p50?: boolean;
  p75?: boolean;
  p90?: boolean;
  p95?: boolean;
  p99?: boolean;
}

/** summarize's columns: N, mean, sd, min, max, then what the options add. */
export function summarizeStatistics(options: SummarizeFlags): SummaryStatistic[] {
  const stats: SummaryStatistic[] = ['count', 'mean', 'sd', 'min', 'max'];
  if (options.median) stats.push('median');
  for (const p of PERCENTILE_FLAGS) if (options[p]) stats.push(p);
  if (options.iqr) stats.push('iqr');
  if (options.gini) stats.push('gini');
  if (options.detail) stats.push(...DETAIL);
  return [...new Set(stats)];
}

/** Computes a raw summary of `variables` per group with everything `statistics` needs. */
export async function buildSummary(
  ctx: EngineContext,
  step: { line: number; span: { start: number; end: number }; kind: string },
  source: AnalysisSource,
  variables: readonly string[],
  groups: readonly Dimension[],
  statistics: SummaryStatistic[],
  title: string,
): Promise<RawSummary> {
  const quantiles = new Set<QuantileName>();
  for (const s of statistics) {
    if (s === 'median') quantiles.add('p50');
    else if (s === 'iqr') quantiles.add('p25').add('p75');
    else if (/^p\d+$/.test(s)) quantiles.add(s as QuantileName);
  }
  const needs = {
    quantiles: [...quantiles],
    gini: statistics.includes('gini'),
    moments: statistics.some((s) => s === 'skewness' || s === 'kurtosis' || s === 'jb' || s === 'jbP'),
  };
  const bounds = await winsorBounds(ctx, source.view, variables);
  const rows = [];
  for (const v of variables) {
    const b = bounds.get(v) ?? { lower: null, upper: null, units: 0 };
    rows.push(...(await summaryFacts(ctx, source, v, b, groups, needs)));
  }
  return {
    kind: 'descriptive',
    family: 'summary',
    line: step.line,
    command: step.kind,
    span: step.span,
    title,
    groupDimensions: groups.map((g) => g.name),
    statistics,
    rows,
    bounds: Object.fromEntries(bounds),
  };
}
