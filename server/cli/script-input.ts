import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { datastoreLayout } from '../../shared/datastore/layout';
import { DatastoreManifestSchema } from '../../shared/datastore/manifest';
import { type Catalog, catalogFromManifest } from '../../shared/lang/catalog';
import type { Diagnostic } from '../../shared/lang/diagnostics';
import { LineIndex } from '../../shared/lang/spans';
import { defaultDatastoreDir } from '../config/paths';
import { CliError } from './errors';

/** Reads a script file; a missing or unreadable file is a usage error. */
export function readScript(file: string | undefined): string {
  if (!file) throw new CliError('give the script file to read');
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** The catalogue of the datastore in `dir` (or the default one, created with the synth generator when missing). */
export async function loadCatalog(dir: string | undefined): Promise<Catalog> {
  const root = dir ?? (await defaultDatastore());
  const file = path.join(root, datastoreLayout.manifest);
  if (!existsSync(file)) throw new CliError(`no datastore at ${root} (missing ${datastoreLayout.manifest})`);
  const parsed = DatastoreManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new CliError(`${file} is not a valid datastore.json: ${parsed.error.issues[0]?.message}`);
  return catalogFromManifest(parsed.data);
}

async function defaultDatastore(): Promise<string> {
  if (existsSync(path.join(defaultDatastoreDir, datastoreLayout.manifest))) return defaultDatastoreDir;
  const ensure = await findEnsureDatastore();
  if (!ensure) {
    throw new CliError(
      `the default datastore ${defaultDatastoreDir} does not exist; create it with ` +
        `\`registerlab synth --out ${defaultDatastoreDir} --persons 100000 --seed 1\` or pass --datastore DIR`,
    );
  }
  console.error(
    `registerlab: creating the default synthetic datastore in ${defaultDatastoreDir} (100,000 persons, seed 1)...`,
  );
  await ensure({ dir: defaultDatastoreDir, persons: 100_000, seed: 1 });
  return defaultDatastoreDir;
}

type EnsureDatastore = (options: { dir: string; persons: number; seed: number }) => Promise<unknown>;

/** The synth generator's `ensureDatastore`, when that part is installed. */
async function findEnsureDatastore(): Promise<EnsureDatastore | null> {
  try {
    // A computed specifier: this part may be absent, and then the CLI says how to create the datastore.
    const specifier = '../synth/ensure-datastore';
    const mod = (await import(specifier)) as { ensureDatastore?: EnsureDatastore };
    return mod.ensureDatastore ?? null;
  } catch {
    return null;
  }
}

/** `file:line:col: severity code: message`, in English or Norwegian. */
export function formatDiagnostic(file: string, lines: LineIndex, d: Diagnostic, lang: 'en' | 'nb'): string {
  const at = lines.locate(d.span);
  return `${file}:${at.line}:${at.column}: ${d.severity} ${d.code}: ${lang === 'nb' ? d.message_nb : d.message_en}`;
}

/** The `--json` form of diagnostics (1-based line and column, English message). */
export function diagnosticsJson(text: string, diagnostics: readonly Diagnostic[]) {
  const lines = new LineIndex(text);
  return {
    diagnostics: diagnostics.map((d) => {
      const at = lines.locate(d.span);
      return {
        code: d.code,
        severity: d.severity,
        message: d.message_en,
        line: at.line,
        column: at.column,
        length: at.length,
      };
    }),
  };
}

/** Reads `--lang`; only en and nb exist. */
export function parseLang(value: unknown): 'en' | 'nb' {
  if (value === undefined || value === 'en') return 'en';
  if (value === 'nb') return 'nb';
  throw new CliError(`--lang must be en or nb, got '${String(value)}'`);
}
