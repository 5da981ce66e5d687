import type { SqlDatabase } from '../sql/database';
import { quoteIdent } from '../sql/quote';
import type { LabelChange, LabelSet, StepEffect } from './commands/effect';
import type { DatasetRewrite } from './dataset-rewrite';
import type { ColumnInfo, DatasetShape, DatasetView } from './dataset-view';
import type { WorkspaceReader } from './engine-context';
import { engineError } from './errors';
import type { LabelStore } from './labels';
import { userLabelRef } from './labels';
import type { PopulationGuard } from './workspace-population';
import { hiddenSelect, sqlTypeOf } from './workspace-sql';

/** A dataset as the workspace holds it: `table` is the raw internal name, null until its first import. */
interface DatasetState {
  name: string;
  table: string | null;
  unitType: string;
  shape: DatasetShape;
  columns: ColumnInfo[];
  /** Set while `table` is a view deferred by `applyDeferred`: the objects under it, oldest first. */
  under?: string[];
}

/** What a workspace needs: the database, the population rules, labels, and a prefix for its table names. */
export interface WorkspaceOptions {
  db: SqlDatabase;
  guard: PopulationGuard;
  labels: LabelStore;
  /** Prefix of internal table names (`ws_` gives `ws_1`, `ws_2`, ...). */
  tablePrefix?: string;
}

/**
 * The named datasets of one run, each a DuckDB table with hidden columns, the dataset in use, and labels.
 * Data commands change it only through `apply(effect)`, which is atomic: new tables are built and checked
 * first, then swapped in; on any failure the new tables are dropped and nothing else has changed.
 */
export class Workspace implements WorkspaceReader {
  private datasets = new Map<string, DatasetState>();
  private current: string | null = null;
  private counter = 0;
  /** Names of deferred views (everything else this workspace made is a table). */
  private readonly views = new Set<string>();
  private readonly db: SqlDatabase;
  private readonly guard: PopulationGuard;
  private readonly prefix: string;
  readonly labels: LabelStore;

  constructor(options: WorkspaceOptions) {
    this.db = options.db;
    this.guard = options.guard;
    this.labels = options.labels;
    this.prefix = options.tablePrefix ?? 'ws_';
  }

  /** A fresh internal table name (unquoted), unique within this workspace. */
  nextTableName(): string {
    this.counter += 1;
    return `${this.prefix}${this.counter}`;
  }

  /** The name of the dataset in use, or null. */
  currentName(): string | null {
    return this.current;
  }

  /** True when a dataset of this name exists. */
  has(name: string): boolean {
    return this.datasets.has(name);
  }

  inUse(): DatasetView {
    if (this.current === null)
      throw engineError('no-dataset-in-use', 'Ingen datasett er i bruk.', 'No dataset is in use.');
    return this.get(this.current);
  }

  get(name: string): DatasetView {
    const state = this.datasets.get(name);
    if (!state)
      throw engineError(
        'unknown-dataset',
        `Datasettet ${name} finnes ikke.`,
        `The dataset ${name} does not exist.`,
      );
    return this.viewOf(state);
  }

  all(): readonly DatasetView[] {
    return [...this.datasets.values()].map((s) => this.viewOf(s));
  }

  labelSet(name: string): LabelSet | undefined {
    return this.labels.set(name);
  }

  /** Applies a command's effect atomically (see the class comment); throws EngineError or EngineRefusal. */
  async apply(effect: StepEffect): Promise<void> {
    await this.materialize();
    this.validate(effect);
    const built: { rewrite: DatasetRewrite; table: string }[] = [];
    try {
      for (const rewrite of effect.rewrites ?? []) {
        const table = this.nextTableName();
        built.push({ rewrite, table });
        await this.db.exec(`CREATE TABLE ${quoteIdent(table)} AS ${conformingSelect(rewrite)}`);
        if (rewrite.changesPopulation)
          await this.guard.check({ table: quoteIdent(table), unitType: rewrite.unitType });
        for (const column of rewrite.columns) await this.labels.load(column.codeList);
      }
      for (const { rewrite, table } of built) {
        if (rewrite.changesPopulation)
          await this.guard.remember({ table: quoteIdent(table), unitType: rewrite.unitType });
      }
    } catch (error) {
      for (const { table } of built) await this.dropTable(table);
      throw error;
    }
    const obsolete = this.commit(effect, built);
    for (const table of obsolete) await this.dropTable(table);
  }

  /**
   * Applies a single rewrite that keeps the population as a view over the dataset's current table instead of a
   * new table, so consecutive imports fuse into one pass when the dataset is next materialised (before any
   * other command: `apply` and the runner call `materialize`). DuckDB binds the view now, so a missing file or
   * column still fails at this command. Falls back to `apply` for anything else.
   */
  async applyDeferred(effect: StepEffect): Promise<void> {
    const rewrite = effect.rewrites?.[0];
    const state = rewrite ? this.datasets.get(rewrite.dataset) : undefined;
    const only = Object.keys(effect).length === 1 && effect.rewrites?.length === 1;
    if (!rewrite || !state?.table || !only || rewrite.changesPopulation) return this.apply(effect);
    const view = this.nextTableName();
    await this.db.exec(`CREATE VIEW ${quoteIdent(view)} AS ${conformingSelect(rewrite)}`);
    this.views.add(view);
    try {
      for (const column of rewrite.columns) await this.labels.load(column.codeList);
    } catch (error) {
      await this.dropTable(view);
      throw error;
    }
    const under = [...(state.under ?? []), state.table];
    this.datasets.set(rewrite.dataset, {
      ...state,
      table: view,
      under,
      unitType: rewrite.unitType,
      shape: rewrite.shape,
      columns: rewrite.columns.map((c) => ({ ...c })),
    });
  }

  /** Turns every deferred view into a table (one pass over all its joins) and drops what was under it. */
  async materialize(): Promise<void> {
    for (const state of this.datasets.values()) {
      if (!state.under || !state.table) continue;
      const table = this.nextTableName();
      await this.db.exec(`CREATE TABLE ${quoteIdent(table)} AS SELECT * FROM ${quoteIdent(state.table)}`);
      const drop = [state.table, ...state.under.reverse()];
      state.table = table;
      state.under = undefined;
      for (const object of drop) await this.dropTable(object);
    }
  }

  /** Drops every table of the workspace and what the population guard keeps. */
  async dispose(): Promise<void> {
    for (const table of this.clearDatasets()) await this.dropTable(table);
    await this.guard.dispose();
  }

  private viewOf(state: DatasetState): DatasetView {
    const labels = this.labels;
    return {
      name: state.name,
      table: quoteIdent(state.table ?? `${this.prefix}empty`),
      unitType: state.unitType,
      shape: state.shape,
      columns: state.columns,
      labelsOf(variable) {
        const column = state.columns.find((c) => c.name === variable);
        return column ? labels.labelsFor(column.codeList) : null;
      },
    };
  }

  /** Checks names before anything is built, so a bad effect changes nothing. */
  private validate(effect: StepEffect): void {
    const names = new Set(effect.clear ? [] : this.datasets.keys());
    for (const name of effect.create ?? []) {
      if (names.has(name))
        throw engineError(
          'dataset-exists',
          `Datasettet ${name} finnes allerede.`,
          `The dataset ${name} already exists.`,
        );
      names.add(name);
    }
    for (const rewrite of effect.rewrites ?? []) names.add(rewrite.dataset);
    const rename = effect.renameDataset;
    if (rename) {
      this.get(rename.from);
      if (names.has(rename.to) && rename.to !== rename.from)
        throw engineError(
          'dataset-exists',
          `Datasettet ${rename.to} finnes allerede.`,
          `The dataset ${rename.to} already exists.`,
        );
      names.delete(rename.from);
      names.add(rename.to);
    }
    for (const name of effect.drop ?? []) {
      if (!names.delete(name)) this.get(name);
    }
    for (const change of effect.labels ?? []) this.validateLabels(change, names);
    if (effect.use !== undefined && !names.has(effect.use)) this.get(effect.use);
  }

  private validateLabels(change: LabelChange, names: Set<string>): void {
    if (change.kind !== 'assign') return;
    if (!names.has(change.dataset)) this.get(change.dataset);
  }

  /** Swaps in what `apply` built and returns the tables that are no longer used. Never fails. */
  private commit(effect: StepEffect, built: { rewrite: DatasetRewrite; table: string }[]): string[] {
    const obsolete: string[] = [];
    if (effect.clear) {
      obsolete.push(...this.clearDatasets());
      this.labels.clear();
    }
    for (const name of effect.create ?? [])
      this.datasets.set(name, { name, table: null, unitType: '', shape: 'units', columns: [] });
    for (const { rewrite, table } of built) {
      const old = this.datasets.get(rewrite.dataset);
      if (old?.table) obsolete.push(old.table);
      const state: DatasetState = {
        name: rewrite.dataset,
        table,
        unitType: rewrite.unitType,
        shape: rewrite.shape,
        columns: rewrite.columns.map((c) => ({ ...c })),
      };
      this.datasets.set(rewrite.dataset, state);
    }
    const rename = effect.renameDataset;
    if (rename && rename.from !== rename.to) {
      this.datasets = new Map(
        [...this.datasets].map(([name, state]) =>
          name === rename.from ? [rename.to, { ...state, name: rename.to }] : [name, state],
        ),
      );
      if (this.current === rename.from) this.current = rename.to;
    }
    for (const name of effect.drop ?? []) {
      const state = this.datasets.get(name);
      if (state?.table) obsolete.push(state.table);
      this.datasets.delete(name);
      if (this.current === name) this.current = null;
    }
    for (const change of effect.labels ?? []) this.commitLabels(change);
    if (effect.use !== undefined) this.current = effect.use;
    return obsolete;
  }

  private commitLabels(change: LabelChange): void {
    switch (change.kind) {
      case 'define':
        this.labels.define(change.set);
        return;
      case 'drop':
        this.labels.drop(change.names);
        return;
      case 'assign': {
        const state = this.datasets.get(change.dataset);
        if (!state) return;
        state.columns = state.columns.map((c) =>
          c.name === change.variable ? { ...c, codeList: userLabelRef(change.labels) } : c,
        );
      }
    }
  }

  private clearDatasets(): string[] {
    const tables = [...this.datasets.values()].flatMap((s) => [
      ...(s.table ? [s.table] : []),
      ...[...(s.under ?? [])].reverse(),
    ]);
    this.datasets = new Map();
    this.current = null;
    return tables;
  }

  /** Drops a table or a deferred view (whichever it is). */
  private async dropTable(table: string): Promise<void> {
    const kind = this.views.delete(table) ? 'VIEW' : 'TABLE';
    await this.db.exec(`DROP ${kind} IF EXISTS ${quoteIdent(table)}`);
  }
}

/**
 * The rewrite's SELECT with exactly the hidden columns of its shape and its declared columns, each cast to
 * the SQL type of its value type: a handler that gets a name or an order wrong fails here, not later.
 */
function conformingSelect(rewrite: DatasetRewrite): string {
  const columns = rewrite.columns.map(
    (c) => `CAST(${quoteIdent(c.name)} AS ${sqlTypeOf(c.valueType)}) AS ${quoteIdent(c.name)}`,
  );
  const list = [hiddenSelect(rewrite.shape), ...columns].join(', ');
  return `SELECT ${list} FROM (${rewrite.select}) AS ${quoteIdent('@rewrite')}`;
}
