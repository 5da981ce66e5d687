import type { LocalizedText } from '../../datastore/manifest';
import type { CountCell } from '../../disclosure/cell-key';
import { perturbCount } from '../../disclosure/cell-key';
import type { DisclosureConfig } from '../../disclosure/config';
import { checkModel, type ModelFacts } from '../../disclosure/model';
import type { Output } from '../output';
import type { Cell, CellFormat } from '../outputs/cell';
import type { PublishedTable } from '../outputs/table';
import type { RawEnvelope } from './raw-envelope';

/** A number of a model table: an estimate shown as computed, or a count of units (published perturbed). */
export type RawModelCell = { value: number | null; format: CellFormat } | { count: CountCell };

/** A model table before disclosure control. */
export interface RawModelTable {
  title: string;
  rowDimensions: string[];
  columns: { key: string; label: string }[];
  rows: { header: (string | null)[]; cells: RawModelCell[] }[];
  notes: LocalizedText[];
}

/** A coefficient plot before disclosure control: estimates with their confidence limits. */
export interface RawCoefficientChart {
  title: string;
  points: { label: string; estimate: number; low: number; high: number }[];
}

/**
 * Raw result of a model command: its tables (and chart for coefplot) plus the facts the MODEL rule needs (N,
 * residual df, units per dummy/factor level). Counts of units (N, groups) carry their key sums.
 */
export interface RawModel extends RawEnvelope {
  kind: 'model';
  facts: ModelFacts;
  tables: RawModelTable[];
  chart: RawCoefficientChart | null;
}

/**
 * MODEL: refuses the whole output when `checkModel` says so; otherwise estimates are published exactly (rule
 * EXACT) and every count of units through the cell key (CK), so N is consistent with other outputs on the
 * same sample.
 */
export function protectModel(raw: RawModel, config: DisclosureConfig): Output[] {
  const { line, command, span } = raw;
  const decision = checkModel(raw.facts, config);
  if (decision.outcome !== 'ok')
    return [
      {
        line,
        command,
        span,
        kind: 'refusal',
        rule: decision.rule,
        code: decision.code,
        message: decision.message,
      },
    ];
  const outputs: Output[] = raw.tables.map((t) => ({
    line,
    command,
    span,
    kind: 'table',
    table: protectTable(t, config),
  }));
  if (raw.chart)
    outputs.push({
      line,
      command,
      span,
      kind: 'chart',
      title: raw.chart.title,
      chart: { type: 'coefficients', points: raw.chart.points },
    });
  return outputs;
}

function protectTable(table: RawModelTable, config: DisclosureConfig): PublishedTable {
  return {
    title: table.title,
    rowDimensions: table.rowDimensions,
    columns: table.columns,
    rows: table.rows.map((r) => ({ header: r.header, cells: r.cells.map((c) => protectCell(c, config)) })),
    notes: table.notes,
  };
}

function protectCell(cell: RawModelCell, config: DisclosureConfig): Cell {
  if (!('count' in cell)) {
    const value = cell.value !== null && Number.isFinite(cell.value) ? cell.value : null;
    return { value, format: cell.format, rule: 'EXACT' };
  }
  const published = perturbCount(cell.count, config);
  if (published.outcome === 'ok') return { value: published.value, format: 'count', rule: published.rule };
  return { value: null, format: 'count', rule: published.rule, code: published.code };
}
