/** A value as the engine sees it after reading a result: BIGINTs become numbers, dates ISO strings. */
export type SqlValue = number | string | boolean | null;

/** One result row, by column name. */
export type SqlRow = Record<string, SqlValue>;

/**
 * The engine's view of a DuckDB database. The server implements it over native DuckDB
 * (`@duckdb/node-api`), practice mode over duckdb-wasm, so the same SQL runs on both.
 */
export interface SqlDatabase {
  /** Runs one or more statements and discards any result. */
  exec(sql: string): Promise<void>;
  /** Runs a query and returns every row with normalised values. */
  query(sql: string): Promise<SqlRow[]>;
  /** Stops the statement that is running now, if any (it then fails with an interruption error). */
  interrupt(): void;
  /** Releases the connection and, where it owns it, the database. */
  close(): Promise<void>;
}

/**
 * Turns a driver value into an engine value; unsafe BIGINTs become strings rather than lose digits. LIST, STRUCT
 * and MAP values (arrays and plain objects) become JSON text of their normalised members, e.g. `[1,2]`, so
 * both adapters agree on them and nothing is lost.
 */
export function normaliseSqlValue(value: unknown): SqlValue {
  if (Array.isArray(value) || isPlainObject(value)) return JSON.stringify(jsonMember(value));
  return scalar(value);
}

function scalar(value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'number':
    case 'string':
    case 'boolean':
      return value;
    case 'bigint':
      return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(value)
        : value.toString();
    default:
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      return String(value);
  }
}

function jsonMember(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(jsonMember);
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonMember(v)]));
  return scalar(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
