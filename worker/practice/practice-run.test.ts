import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileDatastoreRegistry } from '../../server/datastores/registry';
import { openNativeDatabase } from '../../server/duckdb/native-database';
import { directoryDatastoreSource } from '../../server/engine/datastore-source';
import { PracticeDerivedFiles } from '../../server/routes/practice-derived';
import { datastoreLayout } from '../../shared/datastore/layout';
import type { DatastoreManifest } from '../../shared/datastore/manifest';
import type { Output } from '../../shared/engine/output';
import { runPlan } from '../../shared/engine/run-plan';
import { catalogFromManifest, compile } from '../../shared/lang/index';
import { quoteString } from '../../shared/sql/quote';
import { practiceReferenceScript } from '../../test/bench/practice-reference';
import { testDatastoreDir } from '../../test/fixtures/datastore';
import { openWasmDatabaseWithFiles, type WasmDatabaseWithFiles } from '../../test/support/wasm-database';
import { attachSql, type PracticeFile } from './practice-files';
import { practiceKeySql } from './practice-keys';
import { type PracticeRunDeps, runPracticeScript } from './practice-run';
import { NotSyntheticError } from './practice-source';

const store = testDatastoreDir();
const entry = createFileDatastoreRegistry([store]).latest()[0]!;
const manifest: DatastoreManifest = entry.manifest;
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-practice-run-'));
const derived = new PracticeDerivedFiles(cache);
const server = directoryDatastoreSource(store, manifest);

let wasm: WasmDatabaseWithFiles;
let deps: PracticeRunDeps;

beforeAll(async () => {
  wasm = await openWasmDatabaseWithFiles();
  deps = {
    db: wasm.db,
    manifest,
    codeList: (name) => server.codeList!(name),
    // As the browser does, but with files the server route derives, copied into duckdb-wasm.
    async attach(files: readonly PracticeFile[]) {
      for (const file of files) {
        const [kind, base] = file.path.split('/') as [string, string];
        const name = base.replace(/\.duckdb$/, '');
        const made =
          kind === 'units'
            ? await derived.units(entry, 'test', name)
            : await derived.variable(entry, 'test', name);
        wasm.registerFile(file.path, made.file);
        await wasm.db.exec(attachSql(file, file.path));
      }
    },
  };
});
afterAll(async () => {
  await wasm.db.close();
  await derived.close();
  fs.rmSync(cache, { recursive: true, force: true });
});

/** The server's own path (native DuckDB 1.5, the sealed Parquet files) with practice keys instead of the secret ones. */
async function runOnServer(script: string): Promise<Output[]> {
  const { plan } = compile(script, [catalogFromManifest(manifest)]);
  const db = await openNativeDatabase({ threads: 2 });
  try {
    const keysSql = (unitType: string) =>
      `(SELECT unit_id, ${practiceKeySql('unit_id')} AS "key" FROM read_parquet(${quoteString(path.join(store, datastoreLayout.recordKeys(unitType)))}))`;
    const result = await runPlan(plan!, { db, source: { ...server, keysSql } });
    return result.outputs;
  } finally {
    await db.close();
  }
}

describe('practice mode on duckdb-wasm', () => {
  it('releases exactly what the native server path releases for the reference script, with practice keys', async () => {
    const streamed: Output[] = [];
    const practice = await runPracticeScript(practiceReferenceScript, deps, {
      onOutput: (o) => streamed.push(o),
    });
    expect(practice.status).toBe('completed');
    expect(streamed).toEqual(practice.outputs);
    const tables = practice.outputs.filter((o) => o.kind === 'table');
    expect(tables.map((t) => t.line)).toEqual([12, 13]);
    expect(practice.outputs.some((o) => o.kind === 'error')).toBe(false);
    expect(JSON.parse(JSON.stringify(practice.outputs))).toEqual(
      JSON.parse(JSON.stringify(await runOnServer(practiceReferenceScript))),
    );
  });

  it('answers a script that does not compile with its diagnostics and runs nothing', async () => {
    const result = await runPracticeScript('create-dataset x\nimport db/NO_SUCH_VARIABLE as y\n', deps);
    expect(result.status).toBe('rejected');
    expect(result.outputs).toEqual([]);
    expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('refuses a datastore whose manifest is not synthetic', async () => {
    await expect(
      runPracticeScript(practiceReferenceScript, { ...deps, manifest: { ...manifest, synthetic: false } }),
    ).rejects.toBeInstanceOf(NotSyntheticError);
  });
});
