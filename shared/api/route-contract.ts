import type { z } from 'zod';
import { ApiErrorSchema } from './errors';

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
  tag:
    | 'auth'
    | 'terms'
    | 'admin'
    | 'catalog'
    | 'jobs'
    | 'scripts'
    | 'workspace'
    | 'audit'
    | 'operations'
    | 'practice';
  /** `public` needs no login; `session` needs the session cookie (and the CSRF header if it changes state). */
  auth: 'public' | 'session';
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  responses: Record<number, ApiResponseContract>;
}

/** A JSON answer with a schema. */
export const ok = (description: string, schema: z.ZodType): ApiResponseContract => ({ description, schema });

/** An error answer (ApiError body). */
export const err = (description: string): ApiResponseContract => ({ description, schema: ApiErrorSchema });
