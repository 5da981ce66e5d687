import path from 'node:path';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import { quoteString } from '../../../shared/sql/quote';

/** Every unit id of a datastore, in the forms a leak could take in JSON. */
export interface UnitIdSet {
  /** Exact decimal ids (`unit_id` is a BIGINT, often past 2^53). */
  exact: ReadonlySet<string>;
  /** The same ids as a JavaScript number would print them after a lossy conversion. */
  rounded: ReadonlySet<string>;
  size: number;
}

/**
 * Ids shorter than this are public codes, not secrets: municipalities are units whose id is the municipality
 * number (`301` for Oslo, server/synth/FORMAT.md). Pseudonymised ids are 19-digit numbers.
 */
const PUBLIC_ID_BELOW = 1_000_000;

/** Loads every secret unit id of every unit type from the datastore's `keys/` files (ids of all units live there). */
export async function loadUnitIds(datastoreDir: string): Promise<UnitIdSet> {
  const db = await openNativeDatabase();
  try {
    const glob = quoteString(path.join(datastoreDir, 'keys', '*.parquet'));
    const rows = await db.query(
      `SELECT DISTINCT CAST(unit_id AS VARCHAR) AS id FROM read_parquet(${glob}) WHERE abs(unit_id) >= ${PUBLIC_ID_BELOW}`,
    );
    const exact = new Set(rows.map((r) => String(r.id)));
    const rounded = new Set([...exact].map((id) => String(Number(id))));
    return { exact, rounded, size: exact.size };
  } finally {
    await db.close();
  }
}

// Digit runs, also written with thousands separators (space, no-break space, comma, dot, apostrophe).
const NUMBER = /-?\d{1,3}(?:[ \u00a0\u202f,.']\d{3})+(?!\d)|-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi;
const HIDDEN_NAMES = ['unit_id', '@unit', '@key', '@spell'];

/** What `findUnitIdLeaks` found: ids (as they appeared) and hidden column names. */
export interface Leak {
  text: string;
  kind: 'unit-id' | 'hidden-column';
}

/**
 * Scans any JSON-able value (released outputs, an HTTP answer) for unit ids of the datastore, in exact,
 * rounded or thousands-separated form, and for the names of hidden id and key columns. Returns the leaks.
 */
export function findUnitIdLeaks(value: unknown, ids: UnitIdSet): Leak[] {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const leaks: Leak[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const token = match[0];
    const digits = token.replace(/[ \u00a0\u202f,.']/g, '');
    const candidates = [token, digits, /e/i.test(token) ? String(Number(token)) : token];
    if (candidates.some((c) => ids.exact.has(c) || ids.rounded.has(c)))
      leaks.push({ text: token, kind: 'unit-id' });
  }
  for (const name of HIDDEN_NAMES) if (text.includes(name)) leaks.push({ text: name, kind: 'hidden-column' });
  return leaks;
}
