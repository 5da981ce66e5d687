import type { CountCell } from '../../disclosure/cell-key';
import { roundForT8, roundSignificant } from '../../disclosure/rounding';
import {
  aliasedSelectList,
  countCellSql,
  magnitudeCellSql,
  readCountCell,
  readMagnitudeCell,
} from '../../disclosure/sql';
import type { StepOf } from '../../lang/plan';
import { quoteIdent, quoteNumber } from '../../sql/quote';
import { categoryCode, categoryLabel, compareCodes } from '../analysis/categories';
import { analysisSource, columnSql, KEY_SQL } from '../analysis/source';
import { stable } from '../analysis/stable';
import { type WinsorBounds, winsorBounds, winsorizedSql } from '../analysis/winsor';
import type { EngineContext } from '../engine-context';
import { engineError } from '../errors';
import { HIDDEN } from '../hidden-columns';
import type { RawHistogram } from '../protect/chart';

const MAX_BINS = 500;

/** Where the bins lie: `count` bins of `width` from `start`. */
export interface BinLayout {
  start: number;
  width: number;
  count: number;
}

type HistogramOptions = StepOf<'histogram'>['options'];

/**
 * Bin edges from the T2 bounds rounded to T8 digits, never from the data's own min or max. Without bin() or
 * width(), the number of bins follows Stata's min(√N, 10·log10 N) with N the variable's dataset-wide count
 * rounded to two significant digits (so the layout does not reveal an exact count).
 */
export function binLayout(
  bounds: WinsorBounds,
  options: HistogramOptions,
  config: Parameters<typeof roundForT8>[1],
): BinLayout {
  if (bounds.lower === null || bounds.upper === null) return { start: 0, width: 1, count: 1 };
  const lo = roundForT8(bounds.lower, config);
  const hi = Math.max(lo, roundForT8(bounds.upper, config));
  if (options.discrete) {
    const width = options.width ?? Math.max(1, Math.ceil((Math.floor(hi) - Math.ceil(lo) + 1) / MAX_BINS));
    const start = options.start ?? Math.ceil(lo) - width / 2;
    return { start, width, count: Math.max(1, Math.min(MAX_BINS, Math.floor((hi - start) / width) + 1)) };
  }
  const start = options.start ?? lo;
  if (hi <= start) return { start, width: options.width ?? 1, count: 1 };
  if (options.width) {
    if (options.width <= 0)
      throw engineError('bad-width', 'width() må være positiv.', 'width() must be positive.');
    return {
      start,
      width: options.width,
      count: Math.min(MAX_BINS, Math.max(1, Math.ceil((hi - start) / options.width))),
    };
  }
  const n = bounds.units > 0 ? roundSignificant(bounds.units, 2) : 1;
  const count =
    options.bin ?? Math.max(1, Math.round(Math.min(Math.sqrt(n), (10 * Math.log(n)) / Math.LN10)));
  if (count < 1 || count > MAX_BINS)
    throw engineError(
      'bad-bins',
      `bin() må være mellom 1 og ${MAX_BINS}.`,
      `bin() must be between 1 and ${MAX_BINS}.`,
    );
  return { start, width: (hi - start) / count, count };
}

/** `histogram var [if] [, options]`: one count cell per bin of the winsorised values, per by() group. */
export async function histogram(step: StepOf<'histogram'>, ctx: EngineContext): Promise<undefined> {
  const source = analysisSource(ctx, step.dataset, step.condition);
  const variable = step.variables[0]?.name ?? '';
  const bounds = (await winsorBounds(ctx, source.view, [variable])).get(variable) ?? {
    lower: null,
    upper: null,
    units: 0,
  };
  const layout = binLayout(bounds, step.options, ctx.disclosure);
  const by = step.options.by;
  const value = winsorizedSql(columnSql(source.view, variable), bounds);
  const group = by ? `${columnSql(source.view, by)}` : 'NULL';
  const filter = [`${columnSql(source.view, variable)} IS NOT NULL`, ...(by ? [`${group} IS NOT NULL`] : [])];
  const inner = `SELECT ${group} AS "g", ${quoteIdent(HIDDEN.key)}, ${value} AS "v" FROM ${source.relation} AS "__src" WHERE ${filter.join(' AND ')} AND ${value} >= ${quoteNumber(layout.start)}`;
  const bin = `least(${layout.count - 1}, greatest(0, CAST(floor(("v" - ${quoteNumber(layout.start)}) / ${quoteNumber(layout.width)}) AS INTEGER)))`;
  const binRows = await ctx.db.query(
    `SELECT "g", ${bin} AS "b", ${aliasedSelectList(countCellSql(KEY_SQL), 'c_')} FROM (${inner}) AS "__t" GROUP BY ALL`,
  );
  const statRows = await ctx.db.query(
    `SELECT "g", ${aliasedSelectList(magnitudeCellSql('"v"', KEY_SQL, ctx.disclosure), 'm_')}, stddev_samp("v") AS "sd" FROM (${inner}) AS "__t" GROUP BY ALL`,
  );
  const codes = by ? [...new Set(statRows.map((r) => categoryCode(r.g)))].sort(compareCodes) : [null];
  const raw: RawHistogram = {
    kind: 'descriptive',
    family: 'histogram',
    line: step.line,
    command: step.kind,
    span: step.span,
    title: `histogram ${variable}`,
    variable,
    bounds,
    scale: step.options.freq
      ? 'frequency'
      : step.options.fraction
        ? 'fraction'
        : step.options.percent
          ? 'percent'
          : 'density',
    normal: step.options.normal === true,
    groups: codes.map((code) => {
      const cells = new Map<number, CountCell>();
      for (const r of binRows) if (categoryCode(r.g) === code) cells.set(Number(r.b), readCountCell(r, 'c_'));
      const stats = statRows.find((r) => categoryCode(r.g) === code);
      return {
        label: by ? categoryLabel(source.view, by, code) : null,
        bins: Array.from({ length: layout.count }, (_, i) => ({
          from: stable(layout.start + i * layout.width) ?? 0,
          to: stable(layout.start + (i + 1) * layout.width) ?? 0,
          count: cells.get(i) ?? { units: 0, keySum: null },
        })),
        magnitude: stats
          ? readMagnitudeCell(stats, 'm_')
          : { units: 0, keySum: null, sum: 0, absSum: 0, maxAbs: 0, topAbsSum: 0 },
        sd: stats ? stable(stats.sd === null ? null : Number(stats.sd)) : null,
      };
    }),
  };
  ctx.emit(raw);
}
