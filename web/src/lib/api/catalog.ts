import type { z } from 'zod';
import type {
  CatalogDatastoresResponseSchema,
  CatalogSearchResponse,
  CatalogVariableDetail,
} from '../../../../shared/api/catalog';
import { type ApiResult, api } from './http';

/** What the catalogue browser filters on. */
export interface CatalogFilter {
  q: string;
  subject: string;
  unitType: string;
  lang: 'nb' | 'en';
  offset: number;
}

/** One page of catalogue hits. */
export function searchVariables(f: CatalogFilter): Promise<ApiResult<CatalogSearchResponse>> {
  const params = new URLSearchParams({ lang: f.lang, offset: String(f.offset), limit: '50' });
  if (f.q.trim()) params.set('q', f.q.trim());
  if (f.subject) params.set('subject', f.subject);
  if (f.unitType) params.set('unitType', f.unitType);
  return api('GET', `/api/catalog/variables?${params}`);
}

/** A variable with validity and code list. */
export function variableDetail(name: string, datastore: string): Promise<ApiResult<CatalogVariableDetail>> {
  return api(
    'GET',
    `/api/catalog/variables/${encodeURIComponent(name)}?datastore=${encodeURIComponent(datastore)}`,
  );
}

/** The datastores with their subjects and unit types. */
export function listDatastores(): Promise<ApiResult<z.infer<typeof CatalogDatastoresResponseSchema>>> {
  return api('GET', '/api/catalog/datastores');
}
