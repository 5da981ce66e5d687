import { type DisclosureConfig, defaultDisclosureConfig } from '../../shared/disclosure/config';
import type { DatastoreSource } from '../../shared/engine/datastore-source';
import { HIDDEN } from '../../shared/engine/hidden-columns';
import { POPULATION_HISTORY, POPULATION_INDEX } from '../../shared/engine/population-guard';
import { type RunResult, runPlan } from '../../shared/engine/run-plan';
import { catalogFromManifest } from '../../shared/lang/catalog';
import { compile } from '../../shared/lang/compile';
import type { SqlDatabase, SqlRow } from '../../shared/sql/database';
import { quoteIdent } from '../../shared/sql/quote';

/** Low thresholds so that hand-sized fixtures pass T1/DIFF/T6 unless a test lowers a population on purpose. */
export const fixtureDisclosure: DisclosureConfig = {
  ...defaultDisclosureConfig,
  population: { minUnits: 2 },
  differencing: { minUnits: 2 },
  change: { minUnits: 1 },
};

let runs = 0;

/** Compiles a script against the fixture's manifest (failing on any error) and runs it, keeping the workspace. */
export async function runFixtureScript(
  db: SqlDatabase,
  source: DatastoreSource,
  script: string,
  disclosure: DisclosureConfig = fixtureDisclosure,
  onInternalError?: (error: unknown) => void,
): Promise<RunResult> {
  const { plan, diagnostics } = compile(script, [catalogFromManifest(source.manifest)]);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!plan || errors.length > 0)
    throw new Error(`script does not check: ${errors.map((d) => `${d.code} ${d.message_en}`).join('; ')}`);
  runs += 1;
  // Each test script starts a workspace of its own: forget populations earlier scripts left in this database.
  await db.exec(`DROP TABLE IF EXISTS ${POPULATION_INDEX}; DROP TABLE IF EXISTS ${POPULATION_HISTORY};`);
  return runPlan(plan, {
    db,
    source,
    disclosure,
    keepWorkspace: true,
    tablePrefix: `t${runs}_`,
    onInternalError,
  });
}

/** The rows of a dataset after a run: `unit` (the hidden id) and the listed variables, ordered by unit. */
export async function datasetRows(
  db: SqlDatabase,
  result: RunResult,
  dataset: string,
  variables: string[],
  extraOrder: string[] = [],
): Promise<SqlRow[]> {
  const view = result.workspace.get(dataset);
  const list = [`${quoteIdent(HIDDEN.unit)} AS unit`, ...variables.map(quoteIdent)].join(', ');
  const order = [quoteIdent(HIDDEN.unit), ...extraOrder.map(quoteIdent)].join(', ');
  return db.query(`SELECT ${list} FROM ${view.table} ORDER BY ${order}`);
}
