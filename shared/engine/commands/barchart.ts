import {
  aliasedSelectList,
  cellKeySumSql,
  magnitudeCellSql,
  readCountCell,
  readMagnitudeCell,
} from '../../disclosure/sql';
import type { StepOf } from '../../lang/plan';
import { quoteIdent } from '../../sql/quote';
import { categoryCode, categoryLabel, compareCodes } from '../analysis/categories';
import { groupedGiniSql, type QuantileName, quantileSelect, readQuantiles } from '../analysis/group-stats';
import { groupedQuery } from '../analysis/limits';
import { type AnalysisSource, analysisSource, columnSql, KEY_SQL } from '../analysis/source';
import { stable } from '../analysis/stable';
import { type WinsorBounds, winsorBounds, winsorizedSql } from '../analysis/winsor';
import type { EngineContext } from '../engine-context';
import { engineError } from '../errors';
import { HIDDEN } from '../hidden-columns';
import type { BarFacts, RawBars } from '../protect/chart-stats';

const SUPPORTED = /^(count|percent|sum|mean|median|sd|iqr|min|max|gini|p\d{1,2})$/;

/** The facts of one variable per (by, over) group. */
async function barFacts(
  ctx: EngineContext,
  source: AnalysisSource,
  variable: string,
  statistic: string,
  bounds: WinsorBounds | undefined,
  groups: { by: string | null; over: string | null; missing: boolean },
): Promise<Map<string, BarFacts>> {
  const col = columnSql(source.view, variable);
  const g = (name: string | null) => (name ? columnSql(source.view, name) : 'NULL');
  const filters = [`${col} IS NOT NULL`];
  if (!groups.missing) for (const n of [groups.by, groups.over]) if (n) filters.push(`${g(n)} IS NOT NULL`);
  const numeric = !['count', 'percent'].includes(statistic);
  const value = numeric ? winsorizedSql(col, bounds) : 'NULL';
  const inner = `SELECT ${g(groups.by)} AS "by", ${g(groups.over)} AS "over", ${quoteIdent(HIDDEN.key)}, ${value} AS "v" FROM ${source.relation} AS "__src" WHERE ${filters.join(' AND ')}`;
  const quantiles: QuantileName[] =
    statistic === 'median'
      ? ['p50']
      : statistic === 'iqr'
        ? ['p25', 'p75']
        : /^p\d+$/.test(statistic)
          ? [statistic as QuantileName]
          : [];
  const select = [
    aliasedSelectList({ units: 'count(*)', keySum: cellKeySumSql(KEY_SQL) }, 'c_'),
    ...(numeric
      ? [
          aliasedSelectList(magnitudeCellSql('"v"', KEY_SQL, ctx.disclosure), 'm_'),
          'stddev_samp("v") AS "sd"',
          ...quantileSelect('"v"', quantiles),
        ]
      : []),
  ];
  const rows = await groupedQuery(
    ctx,
    `SELECT "by", "over", ${select.join(', ')} FROM (${inner}) AS "__t" GROUP BY ALL`,
  );
  const ginis = new Map<string, number | null>();
  if (statistic === 'gini')
    for (const r of await ctx.db.query(groupedGiniSql(`(${inner})`, ['"by"', '"over"'], '"v"')))
      ginis.set(
        JSON.stringify([categoryCode(r.by), categoryCode(r.over)]),
        r.gini === null ? null : Number(r.gini),
      );
  const out = new Map<string, BarFacts>();
  for (const r of rows) {
    const key = JSON.stringify([categoryCode(r.by), categoryCode(r.over)]);
    out.set(key, {
      variable,
      count: readCountCell(r, 'c_'),
      ...(numeric
        ? {
            magnitude: readMagnitudeCell(r, 'm_'),
            sd: stable(r.sd === null ? null : Number(r.sd)),
            quantiles: readQuantiles(r, quantiles),
            gini: stable(ginis.get(key) ?? null),
          }
        : {}),
    });
  }
  return out;
}

/** `barchart [(statistic)] var-list [if] [, over(var) by(var) missing nolabels]`: one chart per by() value. */
export async function barchart(step: StepOf<'barchart'>, ctx: EngineContext): Promise<undefined> {
  if (!SUPPORTED.test(step.statistic))
    throw engineError(
      'unsupported-statistic',
      `barchart støtter ikke (${step.statistic}).`,
      `barchart does not support (${step.statistic}).`,
    );
  const source = analysisSource(ctx, step.dataset, step.condition);
  const names = step.variables.map((v) => v.name);
  const numeric = !['count', 'percent'].includes(step.statistic);
  const bounds = numeric ? await winsorBounds(ctx, source.view, names) : new Map<string, WinsorBounds>();
  const { over = null, by = null, missing = false, nolabels = false } = step.options;
  const facts = new Map<string, Map<string, BarFacts>>();
  for (const n of names)
    facts.set(n, await barFacts(ctx, source, n, step.statistic, bounds.get(n), { by, over, missing }));
  const codesOf = (i: 0 | 1) =>
    [
      ...new Set(
        [...facts.values()].flatMap((m) =>
          [...m.keys()].map((k) => (JSON.parse(k) as (string | null)[])[i] ?? null),
        ),
      ),
    ].sort(compareCodes);
  const empty = (variable: string): BarFacts => ({
    variable,
    count: { units: 0, keySum: null },
    magnitude: { units: 0, keySum: null, sum: 0, absSum: 0, maxAbs: 0, topAbsSum: 0 },
    sd: null,
    quantiles: {},
    gini: null,
  });
  const get = (n: string, b: string | null, o: string | null) =>
    facts.get(n)?.get(JSON.stringify([b, o])) ?? empty(n);
  for (const b of by ? codesOf(0) : [null]) {
    const overCodes = over ? codesOf(1) : [null];
    const label = (name: string, code: string | null) => categoryLabel(source.view, name, code, nolabels);
    const raw: RawBars = {
      kind: 'descriptive',
      family: 'bars',
      chart: 'bar',
      line: step.line,
      command: step.kind,
      span: step.span,
      title: `barchart (${step.statistic}) ${names.join(' ')}${by ? ` (${label(by, b)})` : ''}`,
      statistic: step.statistic,
      categories: over ? overCodes.map((c) => label(over, c)) : names,
      series: over
        ? names.map((n) => ({ label: n, bars: overCodes.map((o) => get(n, b, o)) }))
        : [{ label: step.statistic, bars: names.map((n) => get(n, b, null)) }],
      bounds: Object.fromEntries(bounds),
    };
    ctx.emit(raw);
  }
}
