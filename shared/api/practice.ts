import { z } from 'zod';

/** Where the practice datastore is published: an index, then immutable files under its tagged base. */
export const PRACTICE_INDEX_PATH = '/api/practice';

/**
 * `GET /api/practice`: which synthetic datastore practice mode uses and where its files are. The tag changes
 * whenever the datastore's files may have changed, so every file under `base` can be cached forever.
 */
export const PracticeIndexSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    tag: z.string().regex(/^[0-9a-f]{16}$/),
    /** Absolute path (no trailing slash) under which `datastore.json`, `data/`, `codelists/` and `units/` live. */
    base: z.string(),
  })
  .meta({ id: 'PracticeIndex' });
/** The practice index. */
export type PracticeIndex = z.infer<typeof PracticeIndexSchema>;

/**
 * Files of a practice datastore relative to its base. duckdb-wasm reads the DuckDB database files (Parquet
 * needs an extension it would fetch from a CDN): `data/NAME.duckdb` with table `data` (unit_id, value, start,
 * stop) and `units/UNITTYPE.duckdb` with table `units` (unit_id only: the sealed `keys/` files are never served;
 * practice derives public keys from the ids). `data/NAME.parquet` is the original file, for other tools.
 */
export const practiceLayout = {
  manifest: 'datastore.json',
  variable: (name: string) => `data/${name}.duckdb`,
  variableParquet: (name: string) => `data/${name}.parquet`,
  codeList: (name: string) => `codelists/${name}.json`,
  units: (unitType: string) => `units/${unitType}.duckdb`,
} as const;

/** Path parameters of a practice file route. */
export const PracticeFileParamsSchema = z.object({ tag: z.string(), file: z.string() });
/** Path parameters of the practice manifest route. */
export const PracticeTagParamsSchema = z.object({ tag: z.string() });
