import { Hono } from 'hono';
import {
  type CatalogDatastore,
  CatalogDetailParamsSchema,
  CatalogDetailQuerySchema,
  CatalogManifestParamsSchema,
  CatalogManifestQuerySchema,
  CatalogSearchQuerySchema,
  type CatalogVariableDetail,
} from '../../shared/api/catalog';
import type { LocalizedText } from '../../shared/datastore/manifest';
import { searchCatalog } from '../datastores/catalog-search';
import type { DatastoreEntry } from '../datastores/registry';
import { notFound } from '../http/api-error';
import type { AppEnv } from '../http/env';
import { paramsOf, queryOf } from '../http/validate';
import type { Services } from '../services';

/** `/api/catalog`: the public variable catalogue (no login). Reads manifests and code lists only. */
export function catalogRoutes({ datastores }: Services) {
  const app = new Hono<AppEnv>();

  app.get('/variables', (c) => {
    const query = queryOf(c, CatalogSearchQuerySchema);
    const entries = datastores.latest().filter((e) => !query.datastore || e.name === query.datastore);
    const { total, items } = searchCatalog(entries, query);
    c.header('Cache-Control', 'public, max-age=60');
    return c.json({ total, offset: query.offset, limit: query.limit, items });
  });

  app.get('/variables/:name', (c) => {
    const { name } = paramsOf(c, CatalogDetailParamsSchema);
    const query = queryOf(c, CatalogDetailQuerySchema);
    const candidates = query.datastore
      ? [datastores.get(query.datastore, query.version)].filter((e) => e !== undefined)
      : datastores.latest();
    for (const entry of candidates) {
      const variable = entry.manifest.variables.find((v) => v.name === name.toUpperCase());
      if (!variable) continue;
      const detail: CatalogVariableDetail = {
        name: variable.name,
        datastore: entry.name,
        datastoreVersion: entry.version,
        unitType: variable.unitType,
        temporality: variable.temporality,
        valueType: variable.valueType,
        title: variable.title,
        description: variable.description,
        subject: variable.subject,
        validFrom: variable.validFrom,
        validTo: variable.validTo,
        pseudonymOf: variable.pseudonymOf,
        snapshotDates: variable.snapshotDates ?? null,
        codeList: variable.codeList ? (datastores.codeList(entry, variable.codeList) ?? null) : null,
      };
      c.header('Cache-Control', 'public, max-age=60');
      return c.json(detail);
    }
    throw notFound('variable');
  });

  app.get('/datastores', (c) => {
    const names = [...new Set(datastores.list().map((e) => e.name))];
    return c.json({ datastores: names.map((n) => describe(datastores.get(n)!, datastores.list())) });
  });

  app.get('/datastores/:name/manifest', (c) => {
    const { name } = paramsOf(c, CatalogManifestParamsSchema);
    const { version } = queryOf(c, CatalogManifestQuerySchema);
    const entry = datastores.get(name, version);
    if (!entry) throw notFound('datastore');
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(entry.manifest);
  });

  return app;
}

function describe(entry: DatastoreEntry, all: DatastoreEntry[]): CatalogDatastore {
  const subjects = new Map<string, LocalizedText>();
  for (const v of entry.manifest.variables) subjects.set(v.subject.nb, v.subject);
  return {
    name: entry.name,
    version: entry.version,
    versions: all.filter((e) => e.name === entry.name).map((e) => e.version),
    description: entry.manifest.description,
    synthetic: entry.manifest.synthetic,
    unitTypes: entry.manifest.unitTypes,
    variableCount: entry.manifest.variables.length,
    subjects: [...subjects.values()].sort((a, b) => a.nb.localeCompare(b.nb, 'nb')),
  };
}
