import type { Output } from '../../../shared/engine/output';
import type { PublishedTable } from '../../../shared/engine/outputs/table';

/** The published tables among outputs, in order. */
export function tablesOf(outputs: readonly Output[]): PublishedTable[] {
  return outputs.flatMap((o) => (o.kind === 'table' ? [o.table] : []));
}

/** The refusals among outputs, as `rule/code`. */
export function refusalsOf(outputs: readonly Output[]): string[] {
  return outputs.flatMap((o) => (o.kind === 'refusal' ? [`${o.rule}/${o.code}`] : []));
}

/** Every published cell of a table by `row header|column key` (row header parts joined by `/`, total = `*`). */
export function cellMap(table: PublishedTable): Map<string, number | null> {
  const cells = new Map<string, number | null>();
  for (const row of table.rows) {
    const header = row.header.map((h) => h ?? '*').join('/');
    row.cells.forEach((cell, i) => {
      cells.set(`${header}|${table.columns[i]?.key ?? i}`, cell.value);
    });
  }
  return cells;
}

/** The published value at a row (header parts joined by `/`) in the first column whose key or label matches. */
export function cellAt(table: PublishedTable, row: string, column?: string): number | null | undefined {
  const index =
    column === undefined ? 0 : table.columns.findIndex((c) => c.key === column || c.label === column);
  const found = table.rows.find((r) => r.header.map((h) => h ?? '*').join('/') === row);
  return found?.cells[index]?.value;
}

/** Every number an output publishes, wherever it sits (envelope positions excluded). */
export function numbersIn(outputs: readonly Output[]): number[] {
  const found: number[] = [];
  const walk = (value: unknown, key: string): void => {
    if (key === 'line' || key === 'span') return;
    if (typeof value === 'number') found.push(value);
    else if (typeof value === 'string') {
      for (const m of value.matchAll(/-?\d[\d \u00a0\u202f]*(?:[.,]\d+)?/g)) {
        const n = Number(m[0].replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
        if (Number.isFinite(n)) found.push(n);
      }
    } else if (Array.isArray(value)) for (const v of value) walk(v, '');
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  for (const o of outputs) walk(o, '');
  return found;
}

/** The content of outputs without where they stand in the script, to compare repeats. */
export function contentOf(output: Output): unknown {
  const { line: _l, span: _s, ...rest } = output;
  return rest;
}
