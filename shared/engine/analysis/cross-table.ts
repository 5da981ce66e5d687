import type { CountCell } from '../../disclosure/cell-key';
import type { MagnitudeCell } from '../../disclosure/magnitude';
import {
  aliasedSelectList,
  countCellSql,
  magnitudeCellSql,
  readCountCell,
  readMagnitudeCell,
} from '../../disclosure/sql';
import type { SqlRow } from '../../sql/database';
import { quoteIdent } from '../../sql/quote';
import type { EngineContext } from '../engine-context';
import { HIDDEN } from '../hidden-columns';
import type { CellFacts, CrossTableRow, RawCrossTable } from '../protect/table';
import { categoryCode, categoryLabel, compareCodes } from './categories';
import { groupedGiniSql, type QuantileName, quantileSelect, readQuantiles } from './group-stats';
import { groupedQuery } from './limits';
import type { AnalysisSource } from './source';
import { KEY_SQL } from './source';
import { type WinsorBounds, winsorizedSql } from './winsor';

/** A table dimension: the variable's name (for labels) and the SQL of its values. */
export interface Dimension {
  name: string;
  sql: string;
}

/** What to aggregate per cell of a volume table. */
export interface VolumeSpec {
  variable: string;
  valueSql: string;
  bounds: WinsorBounds;
  quantiles: readonly QuantileName[];
  sd: boolean;
  gini: boolean;
}

/** Everything `crossTableFacts` needs. */
export interface CrossTableSpec {
  source: AnalysisSource;
  rows: readonly Dimension[];
  column: Dimension | null;
  /** Keep rows where a dimension is missing, as a category of its own. */
  missing: boolean;
  nolabels: boolean;
  volume: VolumeSpec | null;
}

type Facts = Pick<RawCrossTable, 'rows' | 'columnLabels' | 'columnTotals' | 'grandTotal'>;

const dim = (i: number) => quoteIdent(`d${i}`);
const VALUE = quoteIdent('v');

/**
 * Computes a cross table's cells in DuckDB, one query with GROUPING SETS: the body, the row margins, the column
 * margins and the grand total are each their own cells with their own key sums (never sums of other cells).
 * JavaScript only arranges the few result rows.
 */
export async function crossTableFacts(ctx: EngineContext, spec: CrossTableSpec): Promise<Facts> {
  const dims = spec.column ? [...spec.rows, spec.column] : [...spec.rows];
  const rowIdx = spec.rows.map((_, i) => i);
  const colIdx = spec.column ? [dims.length - 1] : [];
  const allIdx = dims.map((_, i) => i);
  const sets = spec.column ? [allIdx, rowIdx, colIdx, []] : [allIdx, []];
  const filters = spec.missing ? [] : dims.map((d) => `${d.sql} IS NOT NULL`);
  if (spec.volume) filters.push(`${spec.volume.valueSql} IS NOT NULL`);
  const inner = [
    `SELECT ${dims.map((d, i) => `${d.sql} AS ${dim(i)}`).join(', ')}, ${quoteIdent(HIDDEN.key)}`,
    spec.volume ? `, ${winsorizedSql(spec.volume.valueSql, spec.volume.bounds)} AS ${VALUE}` : '',
    ` FROM ${spec.source.relation} AS "__src"`,
    filters.length ? ` WHERE ${filters.join(' AND ')}` : '',
  ].join('');
  const aggregates = [aliasedSelectList(countCellSql(KEY_SQL), 'c_')];
  if (spec.volume) {
    aggregates.push(aliasedSelectList(magnitudeCellSql(VALUE, KEY_SQL, ctx.disclosure), 'm_'));
    if (spec.volume.sd) aggregates.push(`stddev_samp(${VALUE}) AS "sd"`);
    aggregates.push(...quantileSelect(VALUE, spec.volume.quantiles));
  }
  const groupingSets = sets.map((s) => `(${s.map(dim).join(', ')})`).join(', ');
  const sql = [
    `SELECT ${allIdx.map((i) => `${dim(i)}, GROUPING(${dim(i)}) AS ${quoteIdent(`g${i}`)}`).join(', ')},`,
    aggregates.join(', '),
    `FROM (${inner}) AS "__t" GROUP BY GROUPING SETS (${groupingSets})`,
  ].join('\n');
  const result = await groupedQuery(ctx, sql);
  const ginis = spec.volume?.gini ? await ginisBySet(ctx, inner, sets) : null;

  const cells = new Map<string, CellFacts>();
  const setKey = (set: number[], codes: (string | null)[]) => JSON.stringify([set, codes]);
  for (const row of result) {
    const set = allIdx.filter((i) => Number(row[`g${i}`]) === 0);
    const codes = set.map((i) => categoryCode(row[`d${i}`]));
    const key = setKey(set, codes);
    cells.set(key, factsOf(row, spec.volume, ginis?.get(key)));
  }
  const codesIn = (set: number[]) =>
    distinct(
      result
        .filter((r) => allIdx.every((i) => (Number(r[`g${i}`]) === 0) === set.includes(i)))
        .map((r) => set.map((i) => categoryCode(r[`d${i}`]))),
    );
  const get = (set: number[], codes: (string | null)[]) =>
    cells.get(setKey(set, codes)) ?? emptyFacts(spec.volume);
  const labelOf = (i: number, code: string | null) =>
    categoryLabel(spec.source.view, dims[i]?.name ?? '', code, spec.nolabels);

  const rowCodes = codesIn(spec.column ? rowIdx : allIdx);
  const colCodes = spec.column ? codesIn(colIdx).map((c) => c[0] ?? null) : [];
  const rows: CrossTableRow[] = rowCodes.map((codes) => ({
    header: codes.map((c, i) => labelOf(i, c)),
    cells: colCodes.map((c) => get(allIdx, [...codes, c])),
    total: get(spec.column ? rowIdx : allIdx, codes),
  }));
  return {
    rows,
    columnLabels: colCodes.map((c) => labelOf(dims.length - 1, c)),
    columnTotals: colCodes.map((c) => get(colIdx, [c])),
    grandTotal: get([], []),
  };

  async function ginisBySet(c: EngineContext, relation: string, all: number[][]) {
    const out = new Map<string, number | null>();
    for (const set of all) {
      const rowsOfSet = await c.db.query(groupedGiniSql(`(${relation})`, set.map(dim), VALUE));
      for (const r of rowsOfSet) {
        const codes = set.map((i) => categoryCode(r[`d${i}`]));
        out.set(setKey(set, codes), r.gini === null ? null : Number(r.gini));
      }
    }
    return out;
  }
}

function factsOf(row: SqlRow, volume: VolumeSpec | null, gini: number | null | undefined): CellFacts {
  const count: CountCell = readCountCell(row, 'c_');
  if (!volume) return { count };
  const magnitude: MagnitudeCell = readMagnitudeCell(row, 'm_');
  return {
    count,
    magnitude,
    sd: row.sd === undefined || row.sd === null ? null : Number(row.sd),
    quantiles: readQuantiles(row, volume.quantiles),
    gini: gini ?? null,
  };
}

function emptyFacts(volume: VolumeSpec | null): CellFacts {
  const count = { units: 0, keySum: null };
  if (!volume) return { count };
  return {
    count,
    magnitude: { units: 0, keySum: null, sum: 0, absSum: 0, maxAbs: 0, topAbsSum: 0 },
    sd: null,
    quantiles: {},
    gini: null,
  };
}

function distinct(list: (string | null)[][]): (string | null)[][] {
  const seen = new Map<string, (string | null)[]>();
  for (const codes of list) seen.set(JSON.stringify(codes), codes);
  return [...seen.values()].sort((a, b) => {
    for (let i = 0; i < a.length; i++) {
      const c = compareCodes(a[i] ?? null, b[i] ?? null);
      if (c !== 0) return c;
    }
    return 0;
  });
}
