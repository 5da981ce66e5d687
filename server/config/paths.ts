import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the repository checkout. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where runtime state lives (datastores, SQLite, caches); never committed. */
export const varDir = path.join(repoRoot, 'var');

/** The default synthetic datastore, created on first `npm start` (and by the CLI when asked). */
export const defaultDatastoreDir = path.join(varDir, 'datastore');

/** The reference catalogue and examples shipped beside the project (read-only, never copied in). */
export const referenceDir = path.resolve(repoRoot, '../shared');
