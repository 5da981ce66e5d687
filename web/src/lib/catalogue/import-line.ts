import type { WorkspaceModel } from '../../../../worker/workspace-model';

/** The variable facts an import line needs. */
export interface ImportTarget {
  name: string;
  datastore: string;
  datastoreVersion: string;
  temporality: 'FIXED' | 'STATUS' | 'ACCUMULATED' | 'EVENT';
  validFrom: string | null;
  validTo: string | null;
}

/** What to insert: the import line, and a `require` line when the script has no alias for the datastore yet. */
export interface ImportInsertion {
  require: string | null;
  line: string;
}

/** A short lower-case script name for a register variable: the part after the subject prefix. */
export function shortName(name: string): string {
  const parts = name.toLowerCase().split('_');
  const tail = parts.length > 1 ? parts.slice(1).join('_') : parts[0]!;
  return tail.replace(/[^a-z0-9_]/g, '').slice(0, 20) || 'v';
}

/** The aliases a script already uses in `require` lines (read from the text when the checker has none). */
function aliasFor(datastore: string, ws: WorkspaceModel | null, text: string): string | null {
  const known = ws?.datastores.find((d) => d.name === datastore)?.alias;
  if (known) return known;
  const m = new RegExp(
    `^\\s*require\\s+${datastore.replace(/\./g, '\\.')}(:[\\d.]+)?\\s+as\\s+(\\w+)`,
    'm',
  ).exec(text);
  return m?.[2] ?? null;
}

/**
 * The `import` line for a variable: time-dependent variables get a date (the last valid date, so the line runs
 * as inserted), and the datastore's alias comes from the script or a new `require` line.
 */
export function importLineFor(v: ImportTarget, ws: WorkspaceModel | null, text: string): ImportInsertion {
  const existing = aliasFor(v.datastore, ws, text);
  const alias = existing ?? 'db';
  const require = existing ? null : `require ${v.datastore}:${v.datastoreVersion.split('.')[0]} as ${alias}`;
  const command = v.temporality === 'EVENT' ? 'import-event' : 'import';
  const dates =
    v.temporality === 'FIXED'
      ? ''
      : v.temporality === 'EVENT'
        ? ` ${v.validFrom ?? '2000-01-01'} to ${v.validTo ?? '2020-12-31'}`
        : ` ${v.validTo ?? v.validFrom ?? '2020-01-01'}`;
  return { require, line: `${command} ${alias}/${v.name}${dates} as ${shortName(v.name)}` };
}
