import { CatalogDatastoresResponseSchema, CatalogManifestResponseSchema } from '../shared/api/catalog';
import type { DatastoreManifest } from '../shared/datastore/manifest';
import { type Catalog, catalogFromManifest } from '../shared/lang/index';

/** Reads a JSON document from the server by path; null when it does not exist (404). */
export type FetchJson = (path: string) => Promise<unknown>;

/** The default way to read the catalogue API from inside the worker (same origin, the session cookie rides along). */
export const fetchJsonFromServer: FetchJson = async (path) => {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.json();
};

/**
 * The datastore manifests the checker reads, fetched from the public catalogue API: every datastore's
 * newest version at start, and any other one a script requires on demand (remembered when it is missing,
 * so a typo in `require` does not refetch on every keystroke).
 */
export class CatalogSource {
  private readonly manifests = new Map<string, DatastoreManifest>();
  private readonly catalogs = new Map<string, Catalog>();
  private readonly missing = new Set<string>();

  constructor(private readonly fetchJson: FetchJson) {}

  /** Loads the manifests of every datastore the server lists. */
  async loadDefaults(): Promise<void> {
    const listed = CatalogDatastoresResponseSchema.parse(await this.fetchJson('/api/catalog/datastores'));
    await Promise.all(listed.datastores.map((d) => this.load(d.name)));
  }

  /** Fetches one datastore's manifest unless it is known or known to be missing; true when it is now known. */
  async load(name: string): Promise<boolean> {
    if (this.catalogs.has(name)) return true;
    if (this.missing.has(name)) return false;
    const raw = await this.fetchJson(`/api/catalog/datastores/${encodeURIComponent(name)}/manifest`);
    if (raw === null) {
      this.missing.add(name);
      return false;
    }
    const manifest = CatalogManifestResponseSchema.parse(raw);
    this.manifests.set(name, manifest);
    this.catalogs.set(name, catalogFromManifest(manifest));
    return true;
  }

  /** The catalogues known so far. */
  all(): Catalog[] {
    return [...this.catalogs.values()];
  }

  /** The manifests known so far (for completion and the practice engine). */
  allManifests(): DatastoreManifest[] {
    return [...this.manifests.values()];
  }
}
