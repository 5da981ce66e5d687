import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { referenceDir } from '../config/paths';
import { DEFAULT_FROM, DEFAULT_TO } from './plan/options';
import { synthesize } from './synthesize';

/** Name of the stamp file a generated datastore carries: what made it, and from which parameters. */
export const STAMP_FILE = 'synth-stamp.json';

/** The reference folder with the real code lists, when it is there. */
export const defaultReference = path.join(referenceDir, 'catalog');

const synthDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(synthDir, '../..');

/** What `ensureDatastore` needs: where, how many persons, which seed, which years. */
export interface EnsureDatastoreOptions {
  dir: string;
  persons: number;
  seed: number;
  from?: number;
  to?: number;
  /** Folder with `codelists/` of the real code lists (default `<repo>/../shared/catalog`, built-ins when missing). */
  reference?: string | null;
  log?: (message: string) => void;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * A fingerprint of everything the generated data depends on: the generator's sources and catalogue
 * files, the datastore schema, and the real code lists when present. Any change regenerates.
 */
function generatorFingerprint(reference: string | null): string {
  const hash = createHash('sha256');
  const sources = [...filesUnder(synthDir), ...filesUnder(path.join(repoRoot, 'shared/datastore'))]
    .filter((f) => /\.(ts|json)$/.test(f) && !f.endsWith('.test.ts'))
    .sort();
  const lists =
    reference && existsSync(path.join(reference, 'codelists'))
      ? filesUnder(path.join(reference, 'codelists')).sort()
      : [];
  for (const file of [...sources, ...lists]) {
    hash.update(path.relative(repoRoot, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

function stampOf(options: Required<Omit<EnsureDatastoreOptions, 'log' | 'dir'>>): string {
  const { persons, seed, from, to, reference } = options;
  return `${JSON.stringify({ generator: generatorFingerprint(reference), persons, seed, from, to, reference: reference ? 'reference' : 'built-in' }, null, 2)}\n`;
}

function currentStamp(dir: string): string | undefined {
  const file = path.join(dir, STAMP_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes a lock directory beside `dir` so that two processes never generate the same datastore at once. */
async function withLock<T>(dir: string, task: () => Promise<T>): Promise<T> {
  const lock = `${dir}.lock`;
  mkdirSync(path.dirname(dir), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const owner = Number(
        existsSync(path.join(lock, 'pid')) ? readFileSync(path.join(lock, 'pid'), 'utf8') : 0,
      );
      const age = existsSync(lock) ? Date.now() - statSync(lock).mtimeMs : 0;
      if ((owner && !alive(owner)) || (!owner && age > 60_000))
        rmSync(lock, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  try {
    return await task();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Makes sure a synthetic datastore made by this generator with these parameters exists at `dir`:
 * generates it when the directory is missing or carries another stamp (other parameters or another
 * version of the generator), and otherwise leaves it alone. Resolves to `dir`.
 */
export async function ensureDatastore(options: EnsureDatastoreOptions): Promise<string> {
  const dir = path.resolve(options.dir);
  const reference =
    options.reference === undefined
      ? existsSync(defaultReference)
        ? defaultReference
        : null
      : options.reference;
  const wanted = {
    persons: options.persons,
    seed: options.seed,
    from: options.from ?? DEFAULT_FROM,
    to: options.to ?? DEFAULT_TO,
    reference,
  };
  const stamp = stampOf(wanted);
  if (currentStamp(dir) === stamp) return dir;
  return withLock(dir, async () => {
    if (currentStamp(dir) === stamp) return dir;
    options.log?.(
      `generating a synthetic datastore of ${wanted.persons} persons (seed ${wanted.seed}, ${wanted.from}–${wanted.to}) in ${dir}`,
    );
    await synthesize({
      out: dir,
      ...wanted,
      force: true,
      log: options.log,
      extraFiles: { [STAMP_FILE]: stamp },
    });
    return dir;
  });
}
