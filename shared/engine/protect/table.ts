import type { CountCell } from '../../disclosure/cell-key';
import { perturbCount } from '../../disclosure/cell-key';
import type { DisclosureConfig } from '../../disclosure/config';
import { allow, type Decision } from '../../disclosure/decision';
import { checkOutputShape } from '../../disclosure/listing';
import type { MagnitudeCell } from '../../disclosure/magnitude';
import { checkLowCellShare } from '../../disclosure/table';
import { checkWinsorBasis } from '../../disclosure/winsor';
import type { WinsorBounds } from '../analysis/winsor';
import type { Output } from '../output';
import type { Cell } from '../outputs/cell';
import type { PublishedTable } from '../outputs/table';
import { cellOf, firstRefusal, NOTES, percentCell, refusalOutput } from './cells';
import { chi2Note } from './chi2';
import type { RawEnvelope } from './raw-envelope';
import { type ReorderOptions, reorder } from './table-order';
import { type VolumeStatistic, volumeCell } from './volume-cell';

/** What a cross table shows in each cell. */
export type TableMeasure = 'count' | 'percent' | 'rowpct' | 'colpct' | 'cellpct' | VolumeStatistic;

/** The true aggregates of one table cell (a body cell, a margin or the grand total). */
export interface CellFacts {
  /** The units in the cell (for volume tables: those with a value of the summarised variable). */
  count: CountCell;
  /** Volume tables: the winsorised variable's magnitude cell. */
  magnitude?: MagnitudeCell;
  /** Standard deviation of the winsorised values (sample, n - 1), null when undefined. */
  sd?: number | null;
  /** Type-7 percentiles of the winsorised values by name (`p25`, `p50`, ...; the median is `p50`). */
  quantiles?: Record<string, number | null>;
  gini?: number | null;
}

/** One row of a cross table: its category labels, one cell per column category, and its margin. */
export interface CrossTableRow {
  header: string[];
  cells: CellFacts[];
  /** The row margin; for a table without a column variable, the row's only cell. */
  total: CellFacts;
}

/**
 * Raw frequency or volume table (tabulate, tabulate-panel, transitions-panel): true count cells with key sums
 * and, for volume tables, magnitude cells over winsorised values. Every margin is a cell of its own.
 */
export interface RawCrossTable extends RawEnvelope {
  kind: 'descriptive';
  family: 'cross-table';
  title: string;
  rowDimensions: string[];
  /** The variable across the columns, or null when every variable runs down the side. */
  columnDimension: string | null;
  columnLabels: string[];
  rows: CrossTableRow[];
  /** Column margins, one per column label (empty without a column variable). */
  columnTotals: CellFacts[];
  grandTotal: CellFacts;
  measures: TableMeasure[];
  /** Volume tables: the summarised variable and its T2 facts. */
  volume: { variable: string; bounds: WinsorBounds } | null;
  order: ReorderOptions;
  /** Add Pearson's chi-squared test of independence, computed from the published body cells. */
  chi2: boolean;
}

const MEASURE_LABELS: Record<TableMeasure, string> = {
  count: 'Antall',
  percent: 'Prosent',
  rowpct: 'Radprosent',
  colpct: 'Kolonneprosent',
  cellpct: 'Celleprosent',
  sum: 'Sum',
  mean: 'Gjennomsnitt',
  sd: 'Standardavvik',
  min: 'Min (winsorisert)',
  max: 'Maks (winsorisert)',
  median: 'Median',
  p25: 'P25',
  p50: 'P50',
  p75: 'P75',
  iqr: 'IQR',
  gini: 'Gini',
};

/** Applies L1, T2, T5, CK, MAG, T7, PCT and T8 to a cross table and builds the published table. */
export function protectCrossTable(raw: RawCrossTable, config: DisclosureConfig): Output[] {
  const body = raw.columnDimension ? raw.rows.flatMap((r) => r.cells) : raw.rows.map((r) => r.total);
  const t2: Decision = raw.volume ? checkWinsorBasis(raw.volume.bounds.units, config) : allow('T2');
  const refusal = firstRefusal(
    checkOutputShape('aggregate', config),
    t2,
    checkLowCellShare(
      body.map((c) => c.count.units),
      config,
    ),
  );
  if (refusal) return [refusalOutput(raw, refusal)];

  const counts = new Map<CellFacts, Cell>();
  const count = (f: CellFacts): Cell => {
    let c = counts.get(f);
    if (!c) {
      c = cellOf(perturbCount(f.count, config), 'count');
      counts.set(f, c);
    }
    return c;
  };
  const grand = raw.grandTotal;
  const publish = (f: CellFacts, rowTotal: CellFacts, colTotal: CellFacts): Cell[] =>
    raw.measures.map((m) => {
      switch (m) {
        case 'count':
          return count(f);
        case 'percent':
        case 'cellpct':
          return percentCell(count(f), count(grand));
        case 'rowpct':
          return percentCell(count(f), count(rowTotal));
        case 'colpct':
          return percentCell(count(f), count(colTotal));
        default:
          return volumeCell(m, f, raw.volume, config);
      }
    });

  const ordered = reorder(raw, count, raw.order);
  const rows = ordered.rows.map((r) => ({
    header: r.header as (string | null)[],
    cells: raw.columnDimension
      ? [
          ...ordered.columns.flatMap((j) =>
            publish(r.cells[j] as CellFacts, r.total, raw.columnTotals[j] as CellFacts),
          ),
          ...publish(r.total, r.total, grand),
        ]
      : publish(r.total, grand, grand),
  }));
  const totalHeader = raw.rowDimensions.map(() => null);
  rows.push({
    header: totalHeader,
    cells: raw.columnDimension
      ? [
          ...ordered.columns.flatMap((j) =>
            publish(raw.columnTotals[j] as CellFacts, grand, raw.columnTotals[j] as CellFacts),
          ),
          ...publish(grand, grand, grand),
        ]
      : publish(grand, grand, grand),
  });

  const measureColumns = (prefix: string, label: string | null) =>
    raw.measures.map((m) => ({
      key: `${prefix}${m}`,
      label:
        label === null
          ? MEASURE_LABELS[m]
          : raw.measures.length > 1
            ? `${label}: ${MEASURE_LABELS[m]}`
            : label,
    }));
  const columns = raw.columnDimension
    ? [
        ...ordered.columns.flatMap((j) => measureColumns(`c${j}:`, raw.columnLabels[j] ?? '')),
        ...measureColumns('total:', 'Total'),
      ]
    : measureColumns('', null);

  const notes = [NOTES.perturbed];
  if (raw.measures.some((m) => m === 'percent' || m.endsWith('pct'))) notes.push(NOTES.percentOfPublished);
  if (raw.volume) notes.push(NOTES.magnitudes, NOTES.winsorized);
  if (raw.chi2) notes.push(chi2Note(raw.rows.map((r) => r.cells.map((f) => count(f).value))));
  const table: PublishedTable = { title: raw.title, rowDimensions: raw.rowDimensions, columns, rows, notes };
  return [{ line: raw.line, command: raw.command, span: raw.span, kind: 'table', table }];
}
