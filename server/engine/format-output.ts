import type { Output } from '../../shared/engine/output';
import type { Cell } from '../../shared/engine/outputs/cell';

/** One released output as plain text for a terminal (English messages, tab-separated tables). */
export function formatOutput(output: Output, lang: 'en' | 'nb' = 'en'): string {
  const head = `-- line ${output.line}: ${output.command} (${output.kind})`;
  switch (output.kind) {
    case 'text':
      return `${head}\n${output.text}`;
    case 'notice':
    case 'error':
      return `${head}\n${output.message[lang]}`;
    case 'refusal':
      return `${head} ${output.rule}\n${output.message[lang]}`;
    case 'chart':
      return `${head}\n${output.title} [${output.chart.type}]`;
    case 'table': {
      const t = output.table;
      const header = [...t.rowDimensions, ...t.columns.map((c) => c.label)].join('\t');
      const rows = t.rows.map((r) =>
        [...r.header.map((h) => h ?? 'Total'), ...r.cells.map(cellText)].join('\t'),
      );
      const notes = t.notes.map((n) => `note: ${n[lang]}`);
      return [head, t.title, header, ...rows, ...notes].join('\n');
    }
  }
}

function cellText(cell: Cell): string {
  if (cell.value === null) return '..';
  return cell.format === 'percent' ? `${(cell.value * 100).toFixed(1)}%` : String(cell.value);
}
