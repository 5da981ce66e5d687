import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openNativeDatabase } from '../../server/duckdb/native-database';
import { directoryDatastoreSource } from '../../server/engine/datastore-source';
import { datastoreLayout } from '../../shared/datastore/layout';
import { DatastoreManifestSchema } from '../../shared/datastore/manifest';
import type { DatastoreSource } from '../../shared/engine/datastore-source';
import { catalogFromManifest } from '../../shared/lang/catalog';
import { compile } from '../../shared/lang/compile';
import type { Plan } from '../../shared/lang/plan';
import type { SqlDatabase } from '../../shared/sql/database';

/** A native database as a job gets it (2 threads, generous memory), and the datastore as the engine reads it. */
export async function openBenchEngine(
  datastoreDir: string,
): Promise<{ db: SqlDatabase; source: DatastoreSource }> {
  const manifest = DatastoreManifestSchema.parse(
    JSON.parse(readFileSync(path.join(datastoreDir, datastoreLayout.manifest), 'utf8')),
  );
  const db = await openNativeDatabase({ threads: 2, memoryLimit: '8GB' });
  return { db, source: directoryDatastoreSource(datastoreDir, manifest) };
}

/** The plan of a benchmark script; a script that does not check is a bug in the case. */
export function benchPlan(source: DatastoreSource, script: string): Plan {
  const { plan, diagnostics } = compile(script, [catalogFromManifest(source.manifest)]);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!plan || errors.length > 0) throw new Error(`bench script does not check: ${errors[0]?.message_en}`);
  return plan;
}
