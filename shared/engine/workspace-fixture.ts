import { type DisclosureConfig, defaultDisclosureConfig } from '../disclosure/config';
import type { SqlDatabase, SqlRow, SqlValue } from '../sql/database';
import { quoteIdent, quoteLiteral } from '../sql/quote';
import type { StepEffect } from './commands/effect';
import type { ColumnInfo, DatasetShape } from './dataset-view';
import type { DatastoreSource } from './datastore-source';
import type { EngineContext } from './engine-context';
import { sqlOf } from './expr/sql-of';
import { newGateState, release } from './gate';
import { HIDDEN } from './hidden-columns';
import { LabelStore } from './labels';
import type { Output } from './output';
import { Workspace } from './workspace';
import { defaultPopulationGuard } from './workspace-population';
import { hiddenColumnsOf, sqlTypeOf } from './workspace-sql';

/** A hand-made dataset for a handler test: variables and rows (hidden columns may be given, else made up). */
export interface FixtureDataset {
  name: string;
  unitType?: string;
  shape?: DatasetShape;
  /** Variables in order; a plain value type is short for a column without code list or pseudonym. */
  columns: Record<string, ColumnInfo['valueType'] | Omit<ColumnInfo, 'name'>>;
  /** One object per row, by variable name; `@unit` defaults to 1, 2, ...; `@key` to a spread of 2^32. */
  rows: Record<string, SqlValue>[];
}

/** An engine context over hand-made tables, with what a test needs to look at. */
export interface FixtureContext extends EngineContext {
  workspace: Workspace;
  /** Every released output, in order. */
  outputs: Output[];
  /** Applies a handler's effect as the runner would (atomic, with the population rules). */
  apply(effect: StepEffect | undefined): Promise<void>;
  /** The rows of a dataset (the one in use by default), user variables only, ordered by `@unit`. */
  rows(dataset?: string): Promise<SqlRow[]>;
}

/** Options of `fixtureContext`; defaults: the default disclosure config, and a source that has no variables. */
export interface FixtureOptions {
  datasets: FixtureDataset[];
  /** The dataset in use; the last one by default. */
  use?: string;
  disclosure?: DisclosureConfig;
  source?: DatastoreSource;
}

/**
 * Builds an `EngineContext` on any `SqlDatabase` over hand-made datasets, so handlers can be unit-tested
 * without a datastore: `const ctx = await fixtureContext(db, { datasets: [...] }); await ctx.apply(await
 * handler(step, ctx)); expect(await ctx.rows()).toEqual(...)`. Fixture datasets skip the population rules.
 */
export async function fixtureContext(db: SqlDatabase, options: FixtureOptions): Promise<FixtureContext> {
  const disclosure = options.disclosure ?? defaultDisclosureConfig;
  const source = options.source ?? emptySource();
  const labels = new LabelStore(source);
  const guard = defaultPopulationGuard(db, disclosure);
  const workspace = new Workspace({ db, guard, labels, tablePrefix: `fixture_${Date.now()}_` });
  for (const dataset of options.datasets) await addDataset(workspace, dataset);
  const last = options.datasets.at(-1)?.name;
  const use = options.use ?? last;
  if (use !== undefined) await workspace.apply({ use });
  const gate = newGateState();
  const outputs: Output[] = [];
  const controller = new AbortController();
  return {
    db,
    source,
    disclosure,
    workspace,
    outputs,
    signal: controller.signal,
    sqlOf,
    emit(raw) {
      outputs.push(...release(raw, disclosure, gate));
    },
    async apply(effect) {
      if (effect) await workspace.apply(effect);
    },
    async rows(dataset) {
      const view = dataset === undefined ? workspace.inUse() : workspace.get(dataset);
      const list = view.columns.map((c) => quoteIdent(c.name)).join(', ');
      return db.query(`SELECT ${list} FROM ${view.table} ORDER BY ${quoteIdent(HIDDEN.unit)}`);
    },
  };
}

async function addDataset(workspace: Workspace, dataset: FixtureDataset): Promise<void> {
  const shape = dataset.shape ?? 'units';
  const columns: ColumnInfo[] = Object.entries(dataset.columns).map(([name, info]) =>
    typeof info === 'string'
      ? { name, valueType: info, codeList: null, pseudonymOf: null }
      : { name, ...info },
  );
  const hidden = hiddenColumnsOf(shape);
  const hiddenType = (name: string) => (name === HIDDEN.date ? 'DATE' : 'BIGINT');
  const rows = dataset.rows.map((row, i) => {
    const defaults: Record<string, SqlValue> = {
      [HIDDEN.unit]: i + 1,
      [HIDDEN.key]: (i * 2654435761) % 4294967296,
      [HIDDEN.spell]: i + 1,
    };
    const values = [
      ...hidden.map((h) => `CAST(${quoteLiteral(row[h] ?? defaults[h] ?? null)} AS ${hiddenType(h)})`),
      ...columns.map((c) => `CAST(${quoteLiteral(row[c.name] ?? null)} AS ${sqlTypeOf(c.valueType)})`),
    ];
    return `(${values.join(', ')})`;
  });
  const names = [...hidden, ...columns.map((c) => c.name)].map(quoteIdent).join(', ');
  const select =
    rows.length > 0
      ? `SELECT * FROM (VALUES ${rows.join(', ')}) AS ${quoteIdent('@v')}(${names})`
      : `SELECT ${[...hidden.map((h) => `CAST(NULL AS ${hiddenType(h)}) AS ${quoteIdent(h)}`), ...columns.map((c) => `CAST(NULL AS ${sqlTypeOf(c.valueType)}) AS ${quoteIdent(c.name)}`)].join(', ')} WHERE FALSE`;
  await workspace.apply({
    rewrites: [
      {
        dataset: dataset.name,
        select,
        columns,
        unitType: dataset.unitType ?? 'person',
        shape,
        changesPopulation: false,
      },
    ],
  });
}

function emptySource(): DatastoreSource {
  const none = (name: string): string => {
    throw new Error(`the fixture datastore has no ${name}`);
  };
  return {
    manifest: {
      formatVersion: 1,
      name: 'no.fixture.test',
      version: '1.0.0.0',
      description: { nb: 'Testdata', en: 'Test data' },
      synthetic: true,
      unitTypes: [],
      variables: [],
      codeLists: [],
    },
    variableSql: none,
    keysSql: none,
  };
}
