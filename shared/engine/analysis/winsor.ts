import { clipSql } from '../../disclosure/sql';
import { quoteIdent, quoteNumber } from '../../sql/quote';
import type { DatasetView } from '../dataset-view';
import type { EngineContext } from '../engine-context';
import { columnSql } from './source';

/** T2 facts of one variable over the whole dataset: the clip bounds (null when it has no values) and its values. */
export interface WinsorBounds {
  lower: number | null;
  upper: number | null;
  /** Non-missing values in the whole dataset: the T2 basis. */
  units: number;
}

/**
 * T2 bounds of each variable over the whole dataset (never the `if` subset: the bounds must not move with a
 * condition that singles out a few units), in one query.
 */
export async function winsorBounds(
  ctx: EngineContext,
  view: DatasetView,
  variables: readonly string[],
): Promise<Map<string, WinsorBounds>> {
  const unique = [...new Set(variables)];
  const out = new Map<string, WinsorBounds>();
  if (unique.length === 0) return out;
  // One quantile_cont call with both quantiles sorts each column once (two calls sort it twice); same type-7
  // definition and DOUBLE cast as `winsorBoundsSql`.
  const qs = `[${quoteNumber(ctx.disclosure.winsor.lowerQuantile)}, ${quoteNumber(ctx.disclosure.winsor.upperQuantile)}]`;
  const inner = unique.flatMap((name, i) => {
    const column = columnSql(view, name);
    return [
      `quantile_cont(CAST(${column} AS DOUBLE), ${qs}) AS ${quoteIdent(`q${i}`)}`,
      `count(${column}) AS ${quoteIdent(`n${i}`)}`,
    ];
  });
  const outer = unique.flatMap((_, i) => [
    `${quoteIdent(`q${i}`)}[1] AS ${quoteIdent(`l${i}`)}`,
    `${quoteIdent(`q${i}`)}[2] AS ${quoteIdent(`u${i}`)}`,
    quoteIdent(`n${i}`),
  ]);
  const [row] = await ctx.db.query(
    `SELECT ${outer.join(', ')} FROM (SELECT ${inner.join(', ')} FROM ${view.table}) AS "__q"`,
  );
  unique.forEach((name, i) => {
    out.set(name, {
      lower: numberOrNull(row?.[`l${i}`]),
      upper: numberOrNull(row?.[`u${i}`]),
      units: Number(row?.[`n${i}`] ?? 0),
    });
  });
  return out;
}

/** A variable's values clipped to its T2 bounds, as DOUBLE (missing stays missing). */
export function winsorizedSql(valueSql: string, bounds: WinsorBounds | undefined): string {
  if (!bounds || bounds.lower === null || bounds.upper === null) return `CAST(${valueSql} AS DOUBLE)`;
  return clipSql(valueSql, quoteNumber(bounds.lower), quoteNumber(bounds.upper));
}

/** The bounds of a variable, failing loudly when the handler forgot to load them. */
export function boundsOf(all: Map<string, WinsorBounds>, name: string): WinsorBounds {
  const b = all.get(name);
  if (!b) throw new Error(`no winsorising bounds loaded for ${name}`);
  return b;
}

function numberOrNull(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}
