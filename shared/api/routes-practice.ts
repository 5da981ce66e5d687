import { PracticeFileParamsSchema, PracticeIndexSchema, PracticeTagParamsSchema } from './practice';
import { type ApiRouteContract, err, ok } from './route-contract';

const binary = (description: string) => ({ description, contentType: 'application/octet-stream' });
const refused = err('Practice mode is off: the default datastore is not synthetic');

/** Practice mode: the default synthetic datastore as static files (no login; range requests; immutable). */
export const practiceRoutes: ApiRouteContract[] = [
  {
    method: 'get',
    path: '/api/practice',
    summary: 'Which synthetic datastore practice mode uses, and the tagged base of its files',
    tag: 'practice',
    auth: 'public',
    responses: { 200: ok('The practice index', PracticeIndexSchema), 403: refused },
  },
  {
    method: 'get',
    path: '/api/practice/v/:tag/datastore.json',
    summary: 'The practice datastore manifest',
    tag: 'practice',
    auth: 'public',
    params: PracticeTagParamsSchema,
    responses: { 200: { description: 'datastore.json' }, 403: refused, 404: err('Unknown or stale tag') },
  },
  {
    method: 'get',
    path: '/api/practice/v/:tag/data/:file',
    summary:
      "A variable's synthetic rows: NAME.parquet, or NAME.duckdb as duckdb-wasm reads it (byte ranges allowed)",
    tag: 'practice',
    auth: 'public',
    params: PracticeFileParamsSchema,
    responses: {
      200: binary('The whole file'),
      206: binary('The requested byte range'),
      403: refused,
      404: err('No such variable'),
      416: err('Range not satisfiable'),
    },
  },
  {
    method: 'get',
    path: '/api/practice/v/:tag/codelists/:file',
    summary: 'A code list (NAME.json)',
    tag: 'practice',
    auth: 'public',
    params: PracticeFileParamsSchema,
    responses: { 200: { description: 'The code list' }, 403: refused, 404: err('No such code list') },
  },
  {
    method: 'get',
    path: '/api/practice/v/:tag/units/:file',
    summary: 'The unit ids of one unit type (UNITTYPE.duckdb), from which practice derives public keys',
    tag: 'practice',
    auth: 'public',
    params: PracticeFileParamsSchema,
    responses: {
      200: binary('The whole file'),
      206: binary('The requested byte range'),
      403: refused,
      404: err('No such unit type'),
      416: err('Range not satisfiable'),
    },
  },
];
