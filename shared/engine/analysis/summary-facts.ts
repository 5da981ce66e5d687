import { aliasedSelectList, magnitudeCellSql, readMagnitudeCell } from '../../disclosure/sql';
import { quoteIdent } from '../../sql/quote';
import type { EngineContext } from '../engine-context';
import { HIDDEN } from '../hidden-columns';
import type { SummaryRow } from '../protect/summary';
import { categoryCode, categoryLabel, compareCodes } from './categories';
import type { Dimension } from './cross-table';
import { groupedGiniSql, type QuantileName, quantileSelect, readQuantiles } from './group-stats';
import { type AnalysisSource, columnSql, KEY_SQL } from './source';
import { stable } from './stable';
import { type WinsorBounds, winsorizedSql } from './winsor';

/** What to compute per variable and group. */
export interface SummaryNeeds {
  quantiles: readonly QuantileName[];
  gini: boolean;
  /** Third and fourth central moments (skewness, kurtosis). */
  moments: boolean;
}

const VALUE = quoteIdent('v');
const group = (i: number) => quoteIdent(`g${i}`);

/**
 * The true aggregates of `summarize` for one variable, per group (none, or the panel date): the magnitude cell of
 * the winsorised values, the standard deviation, percentiles, and on request Gini and central moments. All in
 * DuckDB; a group is one result row.
 */
export async function summaryFacts(
  ctx: EngineContext,
  source: AnalysisSource,
  variable: string,
  bounds: WinsorBounds,
  groups: readonly Dimension[],
  needs: SummaryNeeds,
): Promise<SummaryRow[]> {
  const groupCols = groups.map((_, i) => group(i));
  const inner = [
    `SELECT ${groups.map((g, i) => `${g.sql} AS ${group(i)}, `).join('')}${quoteIdent(HIDDEN.key)},`,
    `${winsorizedSql(columnSql(source.view, variable), bounds)} AS ${VALUE}`,
    `FROM ${source.relation} AS "__src" WHERE ${columnSql(source.view, variable)} IS NOT NULL`,
  ].join(' ');
  const by = groupCols.length ? ` GROUP BY ${groupCols.join(', ')}` : '';
  const select = [
    ...groupCols,
    aliasedSelectList(magnitudeCellSql(VALUE, KEY_SQL, ctx.disclosure), 'm_'),
    `stddev_samp(${VALUE}) AS "sd"`,
    ...quantileSelect(VALUE, needs.quantiles),
  ];
  if (needs.moments) {
    select.push(`avg(power(${VALUE} - "mu", 2)) AS "m2"`, `avg(power(${VALUE} - "mu", 3)) AS "m3"`);
    select.push(`avg(power(${VALUE} - "mu", 4)) AS "m4"`);
  }
  const partition = groupCols.length ? `PARTITION BY ${groupCols.join(', ')}` : '';
  const relation = needs.moments
    ? `(SELECT *, avg(${VALUE}) OVER (${partition}) AS "mu" FROM (${inner}))`
    : `(${inner})`;
  const rows = await ctx.db.query(`SELECT ${select.join(', ')} FROM ${relation} AS "__t"${by}`);
  const ginis = new Map<string, number | null>();
  if (needs.gini) {
    for (const r of await ctx.db.query(groupedGiniSql(`(${inner})`, groupCols, VALUE)))
      ginis.set(JSON.stringify(groups.map((_, i) => categoryCode(r[`g${i}`]))), num(r.gini));
  }
  const out = rows.map((r) => {
    const codes = groups.map((_, i) => categoryCode(r[`g${i}`]));
    const m2 = num(r.m2);
    const moment = (k: 'm3' | 'm4', power: number) =>
      m2 === null || m2 <= 0 || num(r[k]) === null ? null : stable((num(r[k]) as number) / m2 ** power);
    return {
      codes,
      row: {
        variable,
        group: codes.map((c, i) => categoryLabel(source.view, groups[i]?.name ?? '', c)),
        magnitude: readMagnitudeCell(r, 'm_'),
        sd: stable(num(r.sd)),
        quantiles: readQuantiles(r, needs.quantiles),
        gini: stable(ginis.get(JSON.stringify(codes)) ?? null),
        skewness: needs.moments ? moment('m3', 1.5) : null,
        kurtosis: needs.moments ? moment('m4', 2) : null,
      } satisfies SummaryRow,
    };
  });
  out.sort((a, b) => {
    for (let i = 0; i < a.codes.length; i++) {
      const c = compareCodes(a.codes[i] ?? null, b.codes[i] ?? null);
      if (c !== 0) return c;
    }
    return 0;
  });
  return out.map((o) => o.row);
}

function num(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}
