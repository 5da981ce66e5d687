import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { datastoreLayout } from '../../shared/datastore/layout';
import type { UnitType } from '../../shared/datastore/manifest';
import { buildContext } from './build/context';
import { runBuild } from './build/run';
import { loadCatalogTexts } from './catalog/catalog-texts';
import { loadFacts } from './catalog/facts';
import { readReferenceLists } from './codelists/reference-lists';
import { Duck } from './duck';
import { checkParams, type SynthParams } from './plan/options';
import { scheduleOf } from './plan/schedule';
import { Rng } from './sql/random';
import { KEYED_UNIT_TYPES, keyJobs, variableJobs } from './write/copy-jobs';
import { assembleCodeLists, buildManifest } from './write/manifest';
import { writeAll } from './write/writer-pool';

/** Options of one generation run. */
export interface SynthesizeOptions extends SynthParams {
  /** Directory to create; written to a temporary sibling and renamed at the end. */
  out: string;
  /** Replace `out` when it exists and is not empty. */
  force?: boolean;
  /** Folder with `codelists/` of the real code lists, or null to use the built-in stand-ins. */
  reference: string | null;
  /** Progress and warnings. */
  log?: (message: string) => void;
  /** Extra files to put in the datastore root (the stamp). */
  extraFiles?: Record<string, string>;
}

/** A refusal before anything is written (the output directory is in the way). */
export class SynthOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SynthOutputError';
  }
}

/** Memory for DuckDB: the build database and each writer (the whole run stays under 8 GB). */
const BUILD_MEMORY = '4500MB';
const WRITER_MEMORY = '1200MB';

/** Refuses a non-empty output directory unless forced. */
export function checkOutput(out: string, force: boolean): void {
  if (!existsSync(out)) return;
  if (readdirSync(out).length > 0 && !force) {
    throw new SynthOutputError(`output directory ${out} exists and is not empty (use --force to replace it)`);
  }
}

/** Generates a synthetic datastore at `out`; returns how long it took, in seconds. */
export async function synthesize(options: SynthesizeOptions): Promise<number> {
  const params = checkParams({
    persons: options.persons,
    seed: options.seed,
    from: options.from,
    to: options.to,
  });
  const out = path.resolve(options.out);
  checkOutput(out, options.force ?? false);
  const log = options.log ?? (() => {});
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
  const say = (message: string) => log(`[synth ${elapsed()}] ${message}`);
  mkdirSync(path.dirname(out), { recursive: true });
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.synth-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  const work = path.join(tmp, '.work');
  for (const dir of ['data', 'codelists', 'keys', '.work/spill'])
    mkdirSync(path.join(tmp, dir), { recursive: true });
  try {
    const facts = loadFacts();
    const lists = readReferenceLists(options.reference, (m) => say(`warning: ${m}`));
    const database = path.join(work, 'build.duckdb');
    const db = await Duck.open(database, {
      threads: 2,
      memoryLimit: BUILD_MEMORY,
      tempDir: path.join(work, 'spill'),
    });
    try {
      await runBuild(buildContext(db, params, lists, facts, say, work));
    } finally {
      db.close();
    }
    const schedules = new Map(facts.map((f) => [f.name, scheduleOf(f, params.from, params.to)]));
    const rng = new Rng(params.seed);
    const jobs = [...variableJobs(facts, schedules, { rng, params, lists }, tmp), ...keyJobs(rng, tmp)];
    let lastReport = performance.now();
    const slowest: [string, number][] = [];
    await writeAll(database, jobs, {
      workers: 2,
      memoryLimit: WRITER_MEMORY,
      tempDir: path.join(work, 'spill'),
      onDone: (job, done, seconds) => {
        slowest.push([job.label, seconds]);
        if (done === jobs.length || performance.now() - lastReport > 10_000) {
          lastReport = performance.now();
          say(`wrote ${done}/${jobs.length} files (last: ${job.label})`);
        }
      },
    });
    slowest.sort((a, b) => b[1] - a[1]);
    say(
      `slowest files: ${slowest
        .slice(0, 6)
        .map(([label, s]) => `${label} ${s.toFixed(1)}s`)
        .join(', ')}`,
    );
    const texts = loadCatalogTexts((m) => say(`warning: ${m}`));
    const { byVariable, codeLists } = assembleCodeLists(facts, lists, texts, (m) => say(`warning: ${m}`));
    const unitTypes = [...new Set([...facts.map((f) => f.unitType), ...KEYED_UNIT_TYPES])] as UnitType[];
    const manifest = buildManifest({
      facts,
      schedules,
      texts,
      codeListOf: byVariable,
      codeLists,
      unitTypes,
      warn: (m) => say(`warning: ${m}`),
    });
    writeFileSync(path.join(tmp, datastoreLayout.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
    for (const list of codeLists)
      writeFileSync(
        path.join(tmp, datastoreLayout.codeList(list.name)),
        `${JSON.stringify(list, null, 2)}\n`,
      );
    for (const [name, content] of Object.entries(options.extraFiles ?? {}))
      writeFileSync(path.join(tmp, name), content);
    rmSync(work, { recursive: true, force: true });
    if (existsSync(out)) rmSync(out, { recursive: true, force: true });
    renameSync(tmp, out);
    say(`done: ${facts.length} variables, ${codeLists.length} code lists in ${out}`);
    return (performance.now() - started) / 1000;
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}
