import { CatalogSource, fetchJsonFromServer } from './catalog-source';
import { createEditorApi } from './editor-api';

const catalog = new CatalogSource(fetchJsonFromServer);

/** The worker's one API object, exposed with comlink by `index.ts`. */
export const api = {
  ...createEditorApi(catalog),
};

/** The type the web app wraps with comlink. */
export type WorkerApi = typeof api;
