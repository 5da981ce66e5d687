import * as catalog from './catalog';
import { IdParamSchema, OkSchema, StringIdParamSchema } from './common';
import { ScriptRejectedSchema } from './errors';
import * as jobs from './jobs';
import { type ApiRouteContract, err, ok } from './route-contract';
import * as scripts from './scripts';
import { WorkspaceSchema } from './workspace';

/** What researchers use: catalogue, jobs, saved scripts and workspace. */
export const workRoutes: ApiRouteContract[] = [
  {
    method: 'get',
    path: '/api/catalog/variables',
    summary: 'Search the variable catalogue',
    tag: 'catalog',
    auth: 'public',
    query: catalog.CatalogSearchQuerySchema,
    responses: { 200: ok('One page of hits, best first', catalog.CatalogSearchResponseSchema) },
  },
  {
    method: 'get',
    path: '/api/catalog/variables/:name',
    summary: 'A variable with its validity and code list',
    tag: 'catalog',
    auth: 'public',
    params: catalog.CatalogDetailParamsSchema,
    query: catalog.CatalogDetailQuerySchema,
    responses: { 200: ok('The variable', catalog.CatalogVariableDetailSchema), 404: err('No such variable') },
  },
  {
    method: 'get',
    path: '/api/catalog/datastores',
    summary: 'The datastores and their versions',
    tag: 'catalog',
    auth: 'public',
    responses: { 200: ok('The datastores', catalog.CatalogDatastoresResponseSchema) },
  },
  {
    method: 'get',
    path: '/api/catalog/datastores/:name/manifest',
    summary: 'The public manifest (datastore.json) of a datastore version, for the editor',
    tag: 'catalog',
    auth: 'public',
    params: catalog.CatalogManifestParamsSchema,
    query: catalog.CatalogManifestQuerySchema,
    responses: {
      200: ok('The manifest', catalog.CatalogManifestResponseSchema),
      404: err('No such datastore or version'),
    },
  },

  {
    method: 'post',
    path: '/api/jobs',
    summary: 'Compile and queue a script',
    tag: 'jobs',
    auth: 'session',
    body: jobs.SubmitJobRequestSchema,
    responses: {
      202: ok('Queued', jobs.JobSchema),
      403: err('No valid agreement, terms not accepted, or role not allowed'),
      422: ok('The script does not compile', ScriptRejectedSchema),
      429: err('Too many queued jobs'),
    },
  },
  {
    method: 'get',
    path: '/api/jobs',
    summary: 'My recent jobs',
    tag: 'jobs',
    auth: 'session',
    responses: { 200: ok('Newest first', jobs.JobListResponseSchema) },
  },
  {
    method: 'get',
    path: '/api/jobs/:id',
    summary: 'A job with its protected outputs',
    tag: 'jobs',
    auth: 'session',
    params: StringIdParamSchema,
    responses: { 200: ok('The job', jobs.JobSchema), 404: err('No such job of mine') },
  },
  {
    method: 'get',
    path: '/api/jobs/:id/events',
    summary: 'Progress and results as server-sent events',
    tag: 'jobs',
    auth: 'session',
    params: StringIdParamSchema,
    responses: {
      200: {
        description: 'An event stream of JobEvent objects (state first, done last)',
        schema: jobs.JobEventSchema,
        contentType: 'text/event-stream',
      },
      404: err('No such job of mine'),
    },
  },
  {
    method: 'delete',
    path: '/api/jobs/:id',
    summary: 'Cancel a job',
    tag: 'jobs',
    auth: 'session',
    params: StringIdParamSchema,
    responses: {
      200: ok('The job after the cancel request', jobs.JobSchema),
      404: err('No such job of mine'),
    },
  },

  {
    method: 'get',
    path: '/api/scripts',
    summary: 'My saved scripts',
    tag: 'scripts',
    auth: 'session',
    responses: { 200: ok('The scripts', scripts.ScriptListResponseSchema) },
  },
  {
    method: 'post',
    path: '/api/scripts',
    summary: 'Save a new script (version 1)',
    tag: 'scripts',
    auth: 'session',
    body: scripts.CreateScriptRequestSchema,
    responses: { 201: ok('Saved', scripts.ScriptDetailSchema) },
  },
  {
    method: 'get',
    path: '/api/scripts/:id',
    summary: 'A script: latest text and versions',
    tag: 'scripts',
    auth: 'session',
    params: IdParamSchema,
    responses: { 200: ok('The script', scripts.ScriptDetailSchema), 404: err('No such script of mine') },
  },
  {
    method: 'put',
    path: '/api/scripts/:id',
    summary: 'Save a new version or rename',
    tag: 'scripts',
    auth: 'session',
    params: IdParamSchema,
    body: scripts.UpdateScriptRequestSchema,
    responses: { 200: ok('Saved', scripts.ScriptDetailSchema), 404: err('No such script of mine') },
  },
  {
    method: 'delete',
    path: '/api/scripts/:id',
    summary: 'Delete a script and its versions',
    tag: 'scripts',
    auth: 'session',
    params: IdParamSchema,
    responses: { 200: ok('Deleted', OkSchema), 404: err('No such script of mine') },
  },
  {
    method: 'get',
    path: '/api/scripts/:id/versions/:version',
    summary: 'One version of a script',
    tag: 'scripts',
    auth: 'session',
    params: scripts.ScriptVersionParamsSchema,
    responses: { 200: ok('The version', scripts.ScriptVersionSchema), 404: err('No such version') },
  },

  {
    method: 'get',
    path: '/api/workspace',
    summary: 'My workspace: what built it, whether it needs a rebuild',
    tag: 'workspace',
    auth: 'session',
    responses: { 200: ok('The workspace', WorkspaceSchema) },
  },
  {
    method: 'delete',
    path: '/api/workspace',
    summary: 'Clear my workspace',
    tag: 'workspace',
    auth: 'session',
    responses: {
      200: ok('The empty workspace', WorkspaceSchema),
      409: err('A job of mine is queued or running'),
    },
  },
];
