import { normaliseSqlValue, type SqlRow } from '../../shared/sql/database';

/**
 * The parts of an Apache Arrow type the converter reads. Structural, so that this file needs no import of
 * `apache-arrow` (a dependency of duckdb-wasm, not of ours) and works with the Node and the browser builds.
 */
export interface ArrowTypeLike {
  readonly typeId: number;
  /** Decimal: digits after the point. */
  readonly scale?: number;
  readonly children?: readonly { readonly name: string; readonly type: ArrowTypeLike }[] | null;
}

/** The parts of an Arrow table the converter reads (what duckdb-wasm's queries return). */
export interface ArrowTableLike {
  readonly numRows: number;
  readonly schema: { readonly fields: readonly { readonly name: string; readonly type: ArrowTypeLike }[] };
  getChildAt(index: number): { get(row: number): unknown } | null;
}

// apache-arrow's `Type` enum values (stable across versions; they are the Arrow format's type ids).
const DECIMAL = 7;
const DATE = 8;
const TIMESTAMP = 10;
const LIST = 12;
const STRUCT = 13;
const FIXED_SIZE_LIST = 16;
const MAP = 17;

/**
 * Converts a duckdb-wasm result to engine rows with the values the native adapter gives for the same SQL:
 * DECIMAL and HUGEINT (Arrow decimals, read as unscaled integers) become numbers, DATE and TIMESTAMP ISO days,
 * and LIST, STRUCT and MAP values JSON text of their converted members (see `normaliseSqlValue`).
 */
export function arrowRows(table: ArrowTableLike): SqlRow[] {
  const fields = table.schema.fields;
  const columns = fields.map((_, i) => table.getChildAt(i));
  const rows: SqlRow[] = [];
  for (let r = 0; r < table.numRows; r++) {
    const row: SqlRow = {};
    for (let c = 0; c < fields.length; c++) {
      const field = fields[c]!;
      row[field.name] = normaliseSqlValue(arrowValue(columns[c]?.get(r), field.type));
    }
    rows.push(row);
  }
  return rows;
}

/** One Arrow value as the JavaScript value node-api would give for the same DuckDB value. */
export function arrowValue(value: unknown, type: ArrowTypeLike): unknown {
  if (value === null || value === undefined) return null;
  switch (type.typeId) {
    case DECIMAL:
      return decimalValue(String(value), type.scale ?? 0);
    case DATE:
    case TIMESTAMP:
      return typeof value === 'number' || typeof value === 'bigint' ? new Date(Number(value)) : value;
    case LIST:
    case FIXED_SIZE_LIST: {
      const child = type.children?.[0]?.type;
      const items = Array.from(value as Iterable<unknown>);
      return child ? items.map((item) => arrowValue(item, child)) : items;
    }
    case STRUCT: {
      const struct = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const child of type.children ?? []) out[child.name] = arrowValue(struct[child.name], child.type);
      return out;
    }
    case MAP: {
      // Entries arrive as [key, value] pairs; node-api gives [{key, value}, ...].
      const entry = type.children?.[0]?.type.children ?? [];
      return Array.from(value as Iterable<[unknown, unknown]>, ([k, v]) => ({
        key: entry[0] ? arrowValue(k, entry[0].type) : k,
        value: entry[1] ? arrowValue(v, entry[1].type) : v,
      }));
    }
    default:
      return value;
  }
}

/**
 * An unscaled decimal integer (e.g. `-50000` at scale 6) as the nearest double (`-0.05`), by way of its decimal
 * text so that it is rounded once. Scale 0 is also how HUGEINT arrives (e.g. `sum` of BIGINTs): it stays a
 * BigInt, which `normaliseSqlValue` turns into a number when safe, as it does for native HUGEINTs.
 */
export function decimalValue(unscaled: string, scale: number): number | bigint {
  if (!/^-?\d+$/.test(unscaled)) throw new Error(`not an unscaled decimal: ${unscaled}`);
  if (scale === 0) return BigInt(unscaled);
  const negative = unscaled.startsWith('-');
  const digits = (negative ? unscaled.slice(1) : unscaled).padStart(scale + 1, '0');
  const text = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  return Number(negative ? `-${text}` : text);
}
