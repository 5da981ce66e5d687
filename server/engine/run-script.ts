import { readFileSync } from 'node:fs';
import path from 'node:path';
import { datastoreLayout } from '../../shared/datastore/layout';
import { DatastoreManifestSchema } from '../../shared/datastore/manifest';
import { assertReleased } from '../../shared/engine/gate';
import { type RunOptions, type RunResult, runPlan } from '../../shared/engine/run-plan';
import { catalogFromManifest } from '../../shared/lang/catalog';
import { compile } from '../../shared/lang/compile';
import type { Diagnostic } from '../../shared/lang/diagnostics';
import { directoryDatastoreSource } from './datastore-source';
import { defaultEngineLimits, type EngineLimits, openEngineDatabase } from './open-engine-database';

/** A script that did not check (no plan), or the run of its plan. */
export type ScriptRun = { ok: false; diagnostics: Diagnostic[] } | { ok: true; result: RunResult };

/**
 * Runs a script on a datastore directory as the server does: compile against its manifest, run the plan on a
 * fresh native DuckDB with the job limits, every output through the disclosure gate.
 */
export async function runScriptOnDatastore(
  script: string,
  dir: string,
  options: Partial<Omit<RunOptions, 'db' | 'source'>> & { limits?: EngineLimits } = {},
): Promise<ScriptRun> {
  const manifest = DatastoreManifestSchema.parse(
    JSON.parse(readFileSync(path.join(dir, datastoreLayout.manifest), 'utf8')),
  );
  const { plan, diagnostics } = compile(script, [catalogFromManifest(manifest)]);
  if (!plan || diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  const db = await openEngineDatabase(options.limits ?? defaultEngineLimits(), `cli-${process.pid}`);
  try {
    const result = await runPlan(plan, { ...options, db, source: directoryDatastoreSource(dir, manifest) });
    // The CLI prints what it gets: the last check that every output came out of the gate.
    assertReleased(result.outputs);
    return { ok: true, result };
  } finally {
    await db.close();
  }
}
