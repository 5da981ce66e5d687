import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../server/duckdb/native-database';
import { openWasmDatabase } from '../../test/support/wasm-database';
import { defaultDisclosureConfig } from '../disclosure/config';
import type { SqlDatabase } from '../sql/database';
import { quoteIdent } from '../sql/quote';
import { EngineError, EngineRefusal } from './errors';
import { HIDDEN } from './hidden-columns';
import { fixtureContext } from './workspace-fixture';
import { allColumnsSelect, hiddenSelect } from './workspace-sql';

const config = {
  ...defaultDisclosureConfig,
  population: { ...defaultDisclosureConfig.population, minUnits: 3 },
};

async function tableCount(db: SqlDatabase): Promise<number> {
  const [row] = await db.query('SELECT count(*) AS n FROM duckdb_tables()');
  return Number(row?.n);
}

describe.each([
  ['native', openNativeDatabase],
  ['wasm', openWasmDatabase],
])('workspace on %s DuckDB', (_name, open) => {
  let db: SqlDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db.close();
  });

  const people = {
    name: 'p',
    columns: { age: 'integer' as const, town: 'string' as const },
    rows: [
      { age: 30, town: 'a' },
      { age: 41, town: 'b' },
      { age: null, town: 'a' },
      { age: 70, town: null },
    ],
  };

  it('holds hand-made datasets and rewrites them, dropping the old table', async () => {
    const ctx = await fixtureContext(db, { datasets: [people], disclosure: config });
    const view = ctx.workspace.inUse();
    expect(view.columns.map((c) => c.name)).toEqual(['age', 'town']);
    const before = await tableCount(db);
    await ctx.apply({
      rewrites: [
        {
          dataset: 'p',
          select: `SELECT ${allColumnsSelect(view)}, ${quoteIdent('age')} * 2 AS ${quoteIdent('dbl')} FROM ${view.table}`,
          columns: [
            ...view.columns,
            { name: 'dbl', valueType: 'integer', codeList: null, pseudonymOf: null },
          ],
          unitType: 'person',
          shape: 'units',
          changesPopulation: false,
        },
      ],
    });
    expect(await tableCount(db)).toBe(before);
    expect((await ctx.rows()).map((r) => r.dbl)).toEqual([60, 82, null, 140]);
  });

  it('refuses a population below T1 and leaves the dataset and the tables as they were', async () => {
    const ctx = await fixtureContext(db, { datasets: [people], disclosure: config });
    const view = ctx.workspace.inUse();
    const before = await tableCount(db);
    const keepFirstTwo = ctx.apply({
      rewrites: [
        {
          dataset: 'p',
          select: `SELECT ${allColumnsSelect(view)} FROM ${view.table} WHERE ${quoteIdent(HIDDEN.unit)} <= 2`,
          columns: [...view.columns],
          unitType: 'person',
          shape: 'units',
          changesPopulation: true,
        },
      ],
    });
    await expect(keepFirstTwo).rejects.toBeInstanceOf(EngineRefusal);
    await expect(keepFirstTwo).rejects.toMatchObject({ decision: { rule: 'T1' } });
    expect(await tableCount(db)).toBe(before);
    expect(await ctx.rows()).toHaveLength(4);
    expect(ctx.workspace.inUse().table).toBe(view.table);
  });

  it('refuses a population that differs from an earlier one by fewer than the DIFF minimum', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ x: i }));
    const ctx = await fixtureContext(db, {
      datasets: [{ name: 'd', columns: { x: 'integer' }, rows }],
      disclosure: config,
    });
    const view = ctx.workspace.inUse();
    const keep = (n: number) => ({
      dataset: 'd',
      select: `SELECT ${allColumnsSelect(view)} FROM ${view.table} WHERE ${quoteIdent('x')} < ${n}`,
      columns: [...view.columns],
      unitType: 'family',
      shape: 'units' as const,
      changesPopulation: true,
    });
    await ctx.apply({ rewrites: [keep(25)] });
    expect(await ctx.rows()).toHaveLength(25);
    const closeOne = ctx.apply({
      rewrites: [{ ...keep(22), select: keep(22).select.replace(view.table, ctx.workspace.inUse().table) }],
    });
    await expect(closeOne).rejects.toMatchObject({ decision: { rule: 'DIFF' } });
    expect(await ctx.rows()).toHaveLength(25);
  });

  it('fails a rewrite whose SELECT lacks a declared column, changing nothing', async () => {
    const ctx = await fixtureContext(db, { datasets: [people], disclosure: config });
    const view = ctx.workspace.inUse();
    const before = await tableCount(db);
    const broken = ctx.apply({
      rewrites: [
        {
          dataset: 'p',
          select: `SELECT ${hiddenSelect('units')}, ${quoteIdent('age')} FROM ${view.table}`,
          columns: [...view.columns],
          unitType: 'person',
          shape: 'units',
          changesPopulation: false,
        },
      ],
      use: 'p',
    });
    await expect(broken).rejects.toThrow();
    expect(await tableCount(db)).toBe(before);
    expect(await ctx.rows()).toEqual(await ctx.rows('p'));
    expect((await ctx.rows()).map((r) => r.town)).toEqual(['a', 'b', 'a', null]);
  });

  it('creates, renames, uses and deletes datasets, and reports unknown names as engine errors', async () => {
    const ctx = await fixtureContext(db, { datasets: [people], disclosure: config });
    await ctx.apply({ create: ['empty'], use: 'empty' });
    expect(ctx.workspace.all().map((d) => d.name)).toEqual(['p', 'empty']);
    await ctx.apply({ renameDataset: { from: 'p', to: 'q' } });
    expect(ctx.workspace.all().map((d) => d.name)).toEqual(['q', 'empty']);
    await ctx.apply({ drop: ['empty'] });
    expect(() => ctx.workspace.inUse()).toThrow(EngineError);
    await expect(ctx.apply({ use: 'nope' })).rejects.toBeInstanceOf(EngineError);
    await expect(ctx.apply({ create: ['q'] })).rejects.toMatchObject({ code: 'dataset-exists' });
  });

  it('gives user labels to a variable and follows it through a rename of the dataset', async () => {
    const ctx = await fixtureContext(db, { datasets: [people], disclosure: config });
    await ctx.apply({
      labels: [
        { kind: 'define', set: { name: 'towns', type: 'string', entries: [{ value: 'a', label: 'Alta' }] } },
        { kind: 'assign', dataset: 'p', variable: 'town', labels: 'towns' },
      ],
    });
    await ctx.apply({ renameDataset: { from: 'p', to: 'r' } });
    expect(ctx.workspace.get('r').labelsOf('town')?.get('a')).toBe('Alta');
    expect(ctx.workspace.get('r').labelsOf('age')).toBeNull();
    await ctx.apply({ labels: [{ kind: 'drop', names: ['towns'] }] });
    expect(ctx.workspace.get('r').labelsOf('town')).toBeNull();
  });
});
