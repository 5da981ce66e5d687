import type { CodeList, DatastoreManifest } from '../../shared/datastore/manifest';
import type { DatastoreSource } from '../../shared/engine/datastore-source';
import { quoteIdent } from '../../shared/sql/quote';
import { unitsFile, variableFile } from './practice-files';
import { practiceKeySql } from './practice-keys';

/** What a practice source is built from. */
export interface PracticeSourceOptions {
  manifest: DatastoreManifest;
  /** Reads a code list (for labels); null when the store has none of that name. */
  codeList?: (name: string) => Promise<CodeList | null>;
}

/** A practice datastore whose manifest does not say it is synthetic. */
export class NotSyntheticError extends Error {
  override name = 'NotSyntheticError';
}

/**
 * The engine's `DatastoreSource` for practice mode: each variable from its attached practice database (see
 * `practice-files.ts`; attach the plan's files before running it), and public record keys derived from the
 * unit ids (`practice-keys.ts`), since the sealed keys never leave the server. Refuses a manifest that is not
 * synthetic.
 */
export function practiceSource({ manifest, codeList }: PracticeSourceOptions): DatastoreSource {
  if (manifest.synthetic !== true)
    throw new NotSyntheticError(`${manifest.name} ${manifest.version} is not synthetic data`);
  const variables = new Set(manifest.variables.map((v) => v.name));
  const unitTypes = new Set(manifest.unitTypes.map((u) => u.name as string));
  return {
    manifest,
    variableSql(name) {
      if (!variables.has(name)) throw new Error(`the practice datastore has no variable ${name}`);
      return `${quoteIdent(variableFile(name).alias)}.data`;
    },
    keysSql(unitType) {
      if (!unitTypes.has(unitType)) throw new Error(`the practice datastore has no unit type ${unitType}`);
      return `(SELECT unit_id, ${practiceKeySql('unit_id')} AS "key" FROM ${quoteIdent(unitsFile(unitType).alias)}.units)`;
    },
    ...(codeList ? { codeList } : {}),
  };
}
