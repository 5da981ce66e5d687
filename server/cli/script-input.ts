import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { datastoreLayout } from '../../shared/datastore/layout';
import { DatastoreManifestSchema } from '../../shared/datastore/manifest';
import { type Catalog, catalogFromManifest } from '../../shared/lang/catalog';
import type { Diagnostic } from '../../shared/lang/diagnostics';
import { LineIndex } from '../../shared/lang/spans';
import { defaultDatastoreDir } from '../config/paths';
import { ensureDatastore } from '../synth/ensure-datastore';
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
  console.error(
    `registerlab: creating the default synthetic datastore in ${defaultDatastoreDir} (100,000 persons, seed 1)...`,
  );
  try {
    return await ensureDatastore({
      dir: defaultDatastoreDir,
      persons: 100_000,
      seed: 1,
      log: (m) => console.error(m),
    });
  } catch (error) {
    throw new CliError(
      `could not create the default datastore ${defaultDatastoreDir} (${error instanceof Error ? error.message : String(error)}); ` +
        `create one with \`registerlab synth --out DIR\` and pass --datastore DIR`,
    );
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
