import type { PublishedTable } from '../../../../shared/engine/outputs/table';
import { csvValue } from './format-cell';

function field(text: string): string {
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A published table as CSV (RFC 4180, comma-separated): one heading column per row dimension, one per
 * column; suppressed cells are empty and a final `suppressed` column lists which columns were withheld.
 */
export function tableToCsv(table: PublishedTable): string {
  const dims = table.rowDimensions.length ? table.rowDimensions : [''];
  const head = [...dims, ...table.columns.map((c) => c.label), 'suppressed'];
  const lines = [head.map(field).join(',')];
  for (const row of table.rows) {
    const headers = dims.map((_, i) => row.header[i] ?? 'Total');
    const cells = row.cells.map(csvValue);
    const withheld = row.cells.flatMap((c, i) =>
      c.value === null ? [table.columns[i]?.key ?? String(i)] : [],
    );
    lines.push([...headers, ...cells, withheld.join(' ')].map(field).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
