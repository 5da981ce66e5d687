import type { Context } from 'hono';
import type { z } from 'zod';
import { apiError } from './api-error';

function check<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const first = issues[0];
  const message = `Invalid ${where}${first ? `: ${first.path ? `${first.path}: ` : ''}${first.message}` : ''}`;
  throw apiError(400, 'invalid-request', message, { details: issues });
}

/** The JSON body, validated; 400 with the zod issues when it does not fit. */
export async function jsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw apiError(400, 'invalid-json', 'The request body is not valid JSON.');
  }
  return check(schema, body, 'request body');
}

/** The query string, validated. */
export function queryOf<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return check(schema, c.req.query(), 'query');
}

/** The path parameters, validated. */
export function paramsOf<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return check(schema, c.req.param(), 'path');
}
