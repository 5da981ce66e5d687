import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import { datastoreLayout } from '../../../shared/datastore/layout';
import {
  type CodeList,
  type DatastoreManifest,
  DatastoreManifestSchema,
} from '../../../shared/datastore/manifest';
import type { DatastoreSource } from '../../../shared/engine/datastore-source';
import { type GateDecision, type GateState, newGateState } from '../../../shared/engine/gate';
import type { Output } from '../../../shared/engine/output';
import { runPlan } from '../../../shared/engine/run-plan';
import { catalogFromManifest } from '../../../shared/lang/catalog';
import { compile } from '../../../shared/lang/compile';
import type { Diagnostic } from '../../../shared/lang/diagnostics';
import type { SqlDatabase, SqlRow } from '../../../shared/sql/database';
import { quoteString } from '../../../shared/sql/quote';
import { testDatastoreDir } from '../../fixtures/datastore';
import { findUnitIdLeaks, loadUnitIds, type UnitIdSet } from './unit-id-scanner';

/** A read-only source over a datastore folder, as the server reads it (secret keys included). */
export function folderSource(dir: string): DatastoreSource {
  const manifest: DatastoreManifest = DatastoreManifestSchema.parse(
    JSON.parse(readFileSync(path.join(dir, datastoreLayout.manifest), 'utf8')),
  );
  const parquet = (file: string) => `read_parquet(${quoteString(path.join(dir, file))})`;
  return {
    manifest,
    variableSql: (name) => parquet(datastoreLayout.variable(name)),
    keysSql: (unitType) => parquet(datastoreLayout.recordKeys(unitType)),
    codeList: async (name) => {
      try {
        return JSON.parse(readFileSync(path.join(dir, datastoreLayout.codeList(name)), 'utf8')) as CodeList;
      } catch {
        return null;
      }
    },
  };
}

/** What one attack script gave the attacker: released outputs only, and the gate's audit trail. */
export interface AttackResult {
  outputs: Output[];
  audit: GateDecision[];
  status: 'completed' | 'failed';
}

/** Thrown when an attack run released a unit id or a hidden column name: the worst possible leak. */
export class UnitIdLeak extends Error {}

/**
 * The attacker's side: scripts compiled by the real compiler and run by the real engine over the shared
 * 10k synthetic datastore, with one gate state per attacker (the workspace's budget and memory). The
 * defender's side, `truth`, reads the Parquet files directly, so tests know the secret independently.
 */
export class AttackEngine {
  readonly gate: GateState = newGateState();
  private constructor(
    readonly source: DatastoreSource,
    private readonly truthDb: SqlDatabase,
    private readonly dir: string,
    private readonly ids: UnitIdSet,
  ) {}

  static async open(dir = testDatastoreDir()): Promise<AttackEngine> {
    return new AttackEngine(folderSource(dir), await openNativeDatabase(), dir, await loadUnitIds(dir));
  }

  /** Compiles a script; its diagnostics (the checker refuses before anything runs) and plan. */
  compile(script: string): { errors: Diagnostic[]; plan: ReturnType<typeof compile>['plan'] } {
    const result = compile(script, [catalogFromManifest(this.source.manifest)]);
    return { errors: result.diagnostics.filter((d) => d.severity === 'error'), plan: result.plan };
  }

  /**
   * Runs a script as the attacker. Throws if it does not compile (an attack script must be valid), if the
   * engine fails internally, or if any released output holds a unit id (`UnitIdLeak`).
   */
  async run(script: string, options: { allowErrors?: boolean } = {}): Promise<AttackResult> {
    const { errors, plan } = this.compile(script);
    if (!plan)
      throw new Error(`attack script does not compile: ${errors.map((e) => e.message_en).join('; ')}`);
    const db = await openNativeDatabase();
    const audit: GateDecision[] = [];
    try {
      const result = await runPlan(plan, {
        db,
        source: this.source,
        gate: this.gate,
        audit: (d) => audit.push(d),
        onInternalError: (e) => {
          if (!options.allowErrors) throw e;
        },
      });
      // Every attack also checks the worst leak of all: a unit id (or a hidden column) in any released output.
      const leaks = findUnitIdLeaks(result.outputs, this.ids);
      if (leaks.length) throw new UnitIdLeak(`released unit ids: ${leaks.map((l) => l.text).join(', ')}`);
      // An attack that stopped half-way proves nothing (an unimplemented command is not a defence).
      const error = result.outputs.find((o) => o.kind === 'error');
      if (result.status !== 'completed' && !options.allowErrors)
        throw new Error(
          `attack script stopped at line ${result.failedLine}: ${error?.kind === 'error' ? `${error.code}: ${error.message.en}` : ''}`,
        );
      return { outputs: result.outputs, audit, status: result.status };
    } finally {
      await db.close();
    }
  }

  /** The defender's view: SQL over the datastore's files (`{data:NAME}` and `{keys:TYPE}` are expanded). */
  truth(sql: string): Promise<SqlRow[]> {
    const expanded = sql
      .replace(/\{data:([A-Z0-9_]+)\}/g, (_m, name: string) => this.source.variableSql(name))
      .replace(/\{keys:([a-z-]+)\}/g, (_m, type: string) => this.source.keysSql(type));
    return this.truthDb.query(expanded);
  }

  get datastoreDir(): string {
    return this.dir;
  }

  async close(): Promise<void> {
    await this.truthDb.close();
  }
}
