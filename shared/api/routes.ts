import type { z } from 'zod';
import * as admin from './admin';
import * as audit from './audit';
import * as auth from './auth';
import * as catalog from './catalog';
import { IdParamSchema, OkSchema, StringIdParamSchema } from './common';
import { ApiErrorSchema, ScriptRejectedSchema } from './errors';
import { HealthSchema } from './health';
import * as jobs from './jobs';
import * as scripts from './scripts';
import { WorkspaceSchema } from './workspace';

/** One answer of a route: its description, and its JSON schema or other content type. */
export interface ApiResponseContract {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json. */
  contentType?: string;
}

/** One HTTP route of the Registerlab API, described as data; the OpenAPI document is built from these. */
export interface ApiRouteContract {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Hono-style path, `:name` for parameters. */
  path: string;
  summary: string;
  tag: 'auth' | 'terms' | 'admin' | 'catalog' | 'jobs' | 'scripts' | 'workspace' | 'audit' | 'operations';
  /** `public` needs no login; `session` needs the session cookie (and the CSRF header if it changes state). */
  auth: 'public' | 'session';
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  responses: Record<number, ApiResponseContract>;
}

const ok = (description: string, schema: z.ZodType) => ({ description, schema });
const err = (description: string) => ({ description, schema: ApiErrorSchema });

/** Every route of the API. A test checks that the server mounts exactly these. */
export const apiRoutes: ApiRouteContract[] = [
  {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in with username and password',
    tag: 'auth',
    auth: 'public',
    body: auth.LoginRequestSchema,
    responses: {
      200: ok('Signed in; the session cookie is set', auth.MeResponseSchema),
      401: err('Wrong username or password'),
      429: err('Too many failed attempts; locked for a while'),
    },
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Sign out',
    tag: 'auth',
    auth: 'session',
    responses: { 200: ok('Signed out', OkSchema) },
  },
  {
    method: 'get',
    path: '/api/auth/me',
    summary: 'The signed-in user, agreement and terms status, CSRF token',
    tag: 'auth',
    auth: 'session',
    responses: { 200: ok('The session', auth.MeResponseSchema) },
  },
  {
    method: 'post',
    path: '/api/auth/password',
    summary: 'Change my password',
    tag: 'auth',
    auth: 'session',
    body: auth.ChangePasswordRequestSchema,
    responses: {
      200: ok('Changed; other sessions are signed out', OkSchema),
      401: err('Wrong current password'),
    },
  },

  {
    method: 'get',
    path: '/api/terms',
    summary: 'The current end-user terms',
    tag: 'terms',
    auth: 'public',
    responses: { 200: ok('The terms', auth.TermsSchema), 404: err('No terms published yet') },
  },
  {
    method: 'post',
    path: '/api/terms/accept',
    summary: 'Accept the current end-user terms',
    tag: 'terms',
    auth: 'session',
    body: auth.AcceptTermsRequestSchema,
    responses: { 200: ok('Accepted', OkSchema), 409: err('That is not the current version') },
  },
  {
    method: 'post',
    path: '/api/admin/terms',
    summary: 'Publish a new version of the terms (operator)',
    tag: 'terms',
    auth: 'session',
    body: auth.PublishTermsRequestSchema,
    responses: { 201: ok('Published; every user must accept it again', auth.TermsSchema) },
  },

  {
    method: 'get',
    path: '/api/admin/users',
    summary: 'Accounts of my institution (operators: any institution)',
    tag: 'admin',
    auth: 'session',
    query: admin.UserListQuerySchema,
    responses: { 200: ok('The accounts', admin.UserListResponseSchema) },
  },
  {
    method: 'post',
    path: '/api/admin/users',
    summary: 'Create an account',
    tag: 'admin',
    auth: 'session',
    body: admin.CreateUserRequestSchema,
    responses: {
      201: ok('Created; a generated password is shown once', admin.UserWithPasswordSchema),
      409: err('Username taken'),
    },
  },
  {
    method: 'get',
    path: '/api/admin/users/:id',
    summary: 'One account',
    tag: 'admin',
    auth: 'session',
    params: IdParamSchema,
    responses: { 200: ok('The account', admin.UserSchema), 404: err('No such account') },
  },
  {
    method: 'patch',
    path: '/api/admin/users/:id',
    summary: 'Change name, roles or disable an account',
    tag: 'admin',
    auth: 'session',
    params: IdParamSchema,
    body: admin.UpdateUserRequestSchema,
    responses: { 200: ok('The changed account', admin.UserSchema), 404: err('No such account') },
  },
  {
    method: 'post',
    path: '/api/admin/users/:id/password',
    summary: 'Reset an account password to a generated one',
    tag: 'admin',
    auth: 'session',
    params: IdParamSchema,
    responses: {
      200: ok('The new password, shown once', admin.UserWithPasswordSchema),
      404: err('No such account'),
    },
  },

  {
    method: 'get',
    path: '/api/admin/institutions',
    summary: 'Institutions (admins: their own)',
    tag: 'admin',
    auth: 'session',
    responses: { 200: ok('The institutions', admin.InstitutionListResponseSchema) },
  },
  {
    method: 'post',
    path: '/api/admin/institutions',
    summary: 'Create an institution (operator)',
    tag: 'admin',
    auth: 'session',
    body: admin.InstitutionRequestSchema,
    responses: { 201: ok('Created', admin.InstitutionSchema), 409: err('Name taken') },
  },
  {
    method: 'patch',
    path: '/api/admin/institutions/:id',
    summary: 'Rename an institution (operator)',
    tag: 'admin',
    auth: 'session',
    params: IdParamSchema,
    body: admin.InstitutionRequestSchema,
    responses: { 200: ok('Renamed', admin.InstitutionSchema), 404: err('No such institution') },
  },
  {
    method: 'get',
    path: '/api/admin/institutions/:id/agreements',
    summary: 'Agreements of an institution',
    tag: 'admin',
    auth: 'session',
    params: IdParamSchema,
    responses: {
      200: ok('The agreements', admin.AgreementListResponseSchema),
      404: err('No such institution'),
    },
  },
  {
    method: 'post',
    path: '/api/admin/institutions/:id/agreements',
    summary: 'Add an agreement (operator)',
    tag: 'admin',
    auth: 'session',
    params: IdParamSchema,
    body: admin.CreateAgreementRequestSchema,
    responses: { 201: ok('Created', admin.AgreementSchema), 404: err('No such institution') },
  },
  {
    method: 'patch',
    path: '/api/admin/agreements/:id',
    summary: 'Change an agreement, e.g. end it early (operator)',
    tag: 'admin',
    auth: 'session',
    params: IdParamSchema,
    body: admin.UpdateAgreementRequestSchema,
    responses: { 200: ok('Changed', admin.AgreementSchema), 404: err('No such agreement') },
  },

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

  {
    method: 'get',
    path: '/api/admin/audit',
    summary: 'The audit log, newest first (operator)',
    tag: 'audit',
    auth: 'session',
    query: audit.AuditQuerySchema,
    responses: { 200: ok('One page', audit.AuditListResponseSchema) },
  },
  {
    method: 'get',
    path: '/api/admin/audit/export',
    summary: 'Export the audit log as JSON lines or CSV (operator)',
    tag: 'audit',
    auth: 'session',
    query: audit.AuditExportQuerySchema,
    responses: {
      200: {
        description: 'One AuditEntry per line (jsonl) or a CSV table, oldest first',
        contentType: 'application/x-ndjson',
      },
    },
  },

  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness and readiness',
    tag: 'operations',
    auth: 'public',
    responses: { 200: ok('Healthy', HealthSchema), 503: ok('Not healthy', HealthSchema) },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    tag: 'operations',
    auth: 'public',
    responses: { 200: { description: 'OpenAPI 3.1 document' } },
  },
  {
    method: 'get',
    path: '/metrics',
    summary: 'Prometheus metrics',
    tag: 'operations',
    auth: 'public',
    responses: {
      200: { description: 'Prometheus text exposition format', contentType: 'text/plain; version=0.0.4' },
    },
  },
];
