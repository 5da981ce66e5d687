import { proxy } from 'comlink';
import { CatalogSource, fetchJsonFromServer } from './catalog-source';
import { createEditorApi } from './editor-api';
import { createPracticeApi } from './practice/index';

const catalog = new CatalogSource(fetchJsonFromServer);

/** The worker's one API object, exposed with comlink by `index.ts`. */
export const api = {
  ...createEditorApi(catalog),
  /** Practice mode (owned by worker/practice/): duckdb-wasm over the synthetic datastore. */
  // Marked as a proxy so the web app's comlink types see callable methods (calls go by property path).
  practice: proxy(createPracticeApi()),
};

/** The type the web app wraps with comlink. */
export type WorkerApi = typeof api;
