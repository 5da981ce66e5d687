import { readFileSync } from 'node:fs';
import path from 'node:path';
import { datastoreLayout } from '../../shared/datastore/layout';
import {
  type DatastoreManifest,
  DatastoreManifestSchema,
  type VariableMeta,
} from '../../shared/datastore/manifest';
import { Duck } from './duck';

const PARQUET_TYPE: Record<VariableMeta['valueType'], string> = {
  integer: 'BIGINT',
  decimal: 'DOUBLE',
  string: 'VARCHAR',
  date: 'DATE',
};

/** Reads and validates a datastore's `datastore.json`. */
export function readManifest(dir: string): DatastoreManifest {
  return DatastoreManifestSchema.parse(
    JSON.parse(readFileSync(path.join(dir, datastoreLayout.manifest), 'utf8')),
  );
}

const quote = (file: string) => `'${file.replaceAll("'", "''")}'`;

/** The storage rules of one variable file, as counts of rows that break them (0 everywhere = fine). */
function checksSql(file: string, v: VariableMeta): string {
  const rules: Record<VariableMeta['temporality'], string> = {
    FIXED: 'start IS NOT NULL OR stop IS NOT NULL OR unit_id = prev_unit',
    STATUS: `start IS NULL OR stop IS DISTINCT FROM start OR (unit_id = prev_unit AND start <= prev_start)
      OR NOT list_contains(${v.snapshotDates?.length ? `[${v.snapshotDates.map((d) => `DATE '${d}'`).join(',')}]` : '[]::DATE[]'}, start)`,
    ACCUMULATED: `start IS NULL OR stop IS NULL OR stop < start OR (unit_id = prev_unit AND start <= prev_stop)
      OR ${v.validFrom ? `start < DATE '${v.validFrom}'` : 'false'} OR ${v.validTo ? `stop > DATE '${v.validTo}'` : 'false'}`,
    EVENT:
      'start IS NULL OR stop < start OR (unit_id = prev_unit AND (prev_stop IS NULL OR start <= prev_stop))',
  };
  return `
    WITH r AS (SELECT * FROM read_parquet(${quote(file)}, file_row_number = true)),
    w AS (
      SELECT *, lag(unit_id) OVER (ORDER BY file_row_number) AS prev_unit, lag(start) OVER (ORDER BY file_row_number) AS prev_start,
        lag(stop) OVER (ORDER BY file_row_number) AS prev_stop FROM r
    )
    SELECT count(*) AS n,
      count(*) FILTER (WHERE unit_id < prev_unit) AS unsorted,
      count(*) FILTER (WHERE unit_id IS NULL OR value IS NULL) AS nulls,
      count(*) FILTER (WHERE ${rules[v.temporality]}) AS broken
    FROM w`;
}

/** A problem found in a datastore, in words. */
export type Problem = string;

/**
 * Checks every variable file of a datastore against the format: columns and types, sorted by unit,
 * no missing ids or values, and the rules of its temporality (see FORMAT.md). Returns the problems found.
 */
export async function verifyDatastore(dir: string): Promise<Problem[]> {
  const manifest = readManifest(dir);
  const db = await Duck.open(':memory:', { threads: 2, memoryLimit: '2GB' });
  const problems: Problem[] = [];
  try {
    for (const v of manifest.variables) {
      const file = path.join(dir, datastoreLayout.variable(v.name));
      const columns = await db.rows(
        `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(${quote(file)}))`,
      );
      const schema = columns.map((c) => `${c.column_name} ${c.column_type}`).join(', ');
      const expected = `unit_id BIGINT, value ${PARQUET_TYPE[v.valueType]}, start DATE, stop DATE`;
      if (schema !== expected) {
        problems.push(`${v.name}: schema is (${schema}), expected (${expected})`);
        continue;
      }
      const [c] = await db.rows(checksSql(file, v));
      if (Number(c?.n) === 0) problems.push(`${v.name}: no rows`);
      for (const key of ['unsorted', 'nulls', 'broken'] as const) {
        if (Number(c?.[key]) > 0) problems.push(`${v.name}: ${c?.[key]} ${key} rows (${v.temporality})`);
      }
    }
  } finally {
    db.close();
  }
  return problems;
}
