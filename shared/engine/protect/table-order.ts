import type { Cell } from '../outputs/cell';
import type { CellFacts, CrossTableRow } from './table';

/** tabulate's ordering options: `rowsort()`/`colsort()` (by published totals) and `top(n)`/`bottom(n)` rows. */
export interface ReorderOptions {
  rowsort?: string;
  colsort?: string;
  top?: number;
  bottom?: number;
}

/**
 * Orders rows and columns by their *published* margins, never by true counts (an order by true counts would
 * leak what the noise hides). `rowsort()` and `rowsort(desc)` sort largest first, `rowsort(asc)` smallest
 * first; `top(n)` keeps the n largest rows, `bottom(n)` the n smallest. Suppressed margins sort last.
 */
export function reorder(
  table: { rows: CrossTableRow[]; columnTotals: CellFacts[] },
  count: (f: CellFacts) => Cell,
  order: ReorderOptions,
): { rows: CrossTableRow[]; columns: number[] } {
  let rows = [...table.rows];
  const rowValue = (r: CrossTableRow) => count(r.total).value;
  const rowDirection = direction(order.rowsort) ?? (order.top ? 'desc' : order.bottom ? 'asc' : null);
  if (rowDirection) rows = sortBy(rows, rowValue, rowDirection);
  if (order.top !== undefined) rows = sortBy(rows, rowValue, 'desc').slice(0, Math.max(0, order.top));
  if (order.bottom !== undefined) rows = sortBy(rows, rowValue, 'asc').slice(0, Math.max(0, order.bottom));
  if (rowDirection && (order.top !== undefined || order.bottom !== undefined))
    rows = sortBy(rows, rowValue, rowDirection);
  let columns = table.columnTotals.map((_, j) => j);
  const colDirection = direction(order.colsort);
  if (colDirection)
    columns = sortBy(columns, (j) => count(table.columnTotals[j] as CellFacts).value, colDirection);
  return { rows, columns };
}

function direction(option: string | undefined): 'asc' | 'desc' | null {
  if (option === undefined) return null;
  const word = option.replace(/[()]/g, '').trim().toLowerCase();
  if (word === 'asc' || word === 'ascending') return 'asc';
  return 'desc';
}

// A stable sort on published values; suppressed (null) values go last in either direction.
function sortBy<T>(items: T[], value: (item: T) => number | null, dir: 'asc' | 'desc'): T[] {
  return items
    .map((item, i) => ({ item, i, v: value(item) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      return (dir === 'asc' ? a.v - b.v : b.v - a.v) || a.i - b.i;
    })
    .map((x) => x.item);
}
