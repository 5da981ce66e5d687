import type { DisclosureConfig } from '../../disclosure/config';
import { defaultDisclosureConfig } from '../../disclosure/config';
import type { SqlDatabase } from '../../sql/database';
import { quoteIdent, quoteLiteral } from '../../sql/quote';
import type { ColumnInfo, DatasetShape, DatasetView } from '../dataset-view';
import type { EngineContext } from '../engine-context';
import { sqlOf } from '../expr/sql-of';
import { newGateState, release } from '../gate';
import { HIDDEN } from '../hidden-columns';
import type { Output } from '../output';

/** One hand-made row: the unit id, its integer record key, optional panel date, and the user variables. */
export interface FixtureRow {
  unit: number;
  key: number;
  date?: string;
  values: Record<string, string | number | null>;
}

/** A hand-made dataset for handler tests. */
export interface FixtureDataset {
  name: string;
  columns: { name: string; type: 'BIGINT' | 'DOUBLE' | 'VARCHAR'; labels?: Record<string, string> }[];
  rows: FixtureRow[];
  shape?: DatasetShape;
}

/**
 * Test support for descriptive handlers: creates the tables of hand-made datasets (hidden `@unit`, `@key`,
 * `@date` columns plus user columns) on any `SqlDatabase`, and an `EngineContext` whose `emit` sends each raw
 * result through the real gate and collects what it releases; `if` conditions compile with the real `sqlOf`.
 */
export async function descriptiveFixture(
  db: SqlDatabase,
  datasets: FixtureDataset[],
  config: DisclosureConfig = defaultDisclosureConfig,
): Promise<{ ctx: EngineContext; outputs: Output[] }> {
  const views = new Map<string, DatasetView>();
  for (const [n, ds] of datasets.entries()) {
    const table = quoteIdent(`fx_${n}_${ds.name}`);
    const panel = ds.shape === 'panel';
    const cols = [
      `${quoteIdent(HIDDEN.unit)} BIGINT`,
      `${quoteIdent(HIDDEN.key)} BIGINT`,
      ...(panel ? [`${quoteIdent(HIDDEN.date)} DATE`] : []),
      ...ds.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`),
    ];
    await db.exec(`CREATE OR REPLACE TABLE ${table} (${cols.join(', ')})`);
    for (let i = 0; i < ds.rows.length; i += 500) {
      const values = ds.rows.slice(i, i + 500).map((r) => {
        const items = [
          String(r.unit),
          String(r.key),
          ...(panel ? [`DATE ${quoteLiteral(r.date ?? '2000-01-01')}`] : []),
          ...ds.columns.map((c) => quoteLiteral(r.values[c.name] ?? null)),
        ];
        return `(${items.join(', ')})`;
      });
      if (values.length) await db.exec(`INSERT INTO ${table} VALUES ${values.join(', ')}`);
    }
    const columns: ColumnInfo[] = ds.columns.map((c) => ({
      name: c.name,
      valueType: c.type === 'VARCHAR' ? 'string' : c.type === 'BIGINT' ? 'integer' : 'decimal',
      codeList: null,
      pseudonymOf: null,
    }));
    const labels = new Map(
      ds.columns.map((c) => [c.name, c.labels ? new Map(Object.entries(c.labels)) : null]),
    );
    views.set(ds.name, {
      name: ds.name,
      table,
      unitType: 'person',
      shape: ds.shape ?? 'units',
      columns,
      labelsOf: (v) => labels.get(v) ?? null,
    });
  }
  const outputs: Output[] = [];
  const state = newGateState();
  const get = (name: string) => {
    const v = views.get(name);
    if (!v) throw new Error(`no dataset ${name}`);
    return v;
  };
  const ctx: EngineContext = {
    db,
    // Descriptive handlers read only workspace tables, never the datastore.
    source: {} as unknown as EngineContext['source'],
    disclosure: config,
    workspace: { inUse: () => get(datasets[0]?.name ?? ''), get, all: () => [...views.values()] },
    sqlOf,
    emit: (raw) => {
      outputs.push(...release(raw, config, state));
    },
    signal: new AbortController().signal,
  };
  return { ctx, outputs };
}
