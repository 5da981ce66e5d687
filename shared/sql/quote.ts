/**
 * The one place where names and literals become SQL text. Every identifier and literal the engine
 * writes goes through these functions, so that hostile names (quotes, Norwegian letters, keywords)
 * can never change the meaning of a statement.
 */

/** Quotes an identifier (table, column) for DuckDB: wrapped in double quotes, inner quotes doubled. */
export function quoteIdent(name: string): string {
  if (name.length === 0) throw new Error('empty SQL identifier');
  if (name.includes('\u0000')) throw new Error('SQL identifier contains a NUL character');
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a string literal: wrapped in single quotes, inner quotes doubled. */
export function quoteString(value: string): string {
  if (value.includes('\u0000')) throw new Error('SQL string contains a NUL character');
  return `'${value.replaceAll("'", "''")}'`;
}

/** Writes a finite number as a SQL numeric literal; integers stay exact, others as DOUBLE. */
export function quoteNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  if (Number.isInteger(value)) return Number.isSafeInteger(value) ? String(value) : `${value}::DOUBLE`;
  return `${value}::DOUBLE`;
}

/** Writes an ISO date (YYYY-MM-DD) as a DATE literal after checking its shape and calendar validity. */
export function quoteDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new Error(`not a calendar date: ${iso}`);
  }
  return `DATE ${quoteString(iso)}`;
}

/** Writes a JS value as a SQL literal: null, boolean, number or string. */
export function quoteLiteral(value: string | number | boolean | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return quoteNumber(value);
  return quoteString(value);
}
