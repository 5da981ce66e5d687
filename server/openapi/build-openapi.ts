import { z } from 'zod';
import { CSRF_HEADER } from '../../shared/api/auth';
import type { ApiRouteContract } from '../../shared/api/routes';
import { SESSION_COOKIE } from '../auth/sessions';

type JsonSchema = Record<string, unknown>;

/** Turns Hono's `:name` into OpenAPI's `{name}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
}

/**
 * Builds the OpenAPI 3.1 document from the route contracts. Schemas with a zod `id` become
 * components; request schemas are described as input (defaults make fields optional), answers as output.
 */
export function buildOpenApi(
  routes: ApiRouteContract[],
  info: { title: string; version: string },
): JsonSchema {
  const components: Record<string, JsonSchema> = {};
  const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const {
      $schema: _,
      $defs,
      ...rest
    } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
    for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>))
      components[id] = relink(def);
    return relink(rest);
  };
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const operation: JsonSchema = {
      operationId: `${route.method}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
      summary: route.summary,
      tags: [route.tag],
      parameters: [
        ...parameters(route.params, 'path', toSchema),
        ...parameters(route.query, 'query', toSchema),
        ...(route.auth === 'session' && route.method !== 'get'
          ? [
              {
                name: CSRF_HEADER,
                in: 'header',
                required: true,
                schema: { type: 'string' },
                description: 'The csrfToken of GET /api/auth/me',
              },
            ]
          : []),
      ],
      responses: Object.fromEntries(
        Object.entries(route.responses).map(([status, r]) => [
          status,
          {
            description: r.description,
            ...(r.schema || r.contentType
              ? {
                  content: {
                    [r.contentType ?? 'application/json']: r.schema
                      ? { schema: toSchema(r.schema, 'output') }
                      : {},
                  },
                }
              : {}),
          },
        ]),
      ),
      ...(route.auth === 'session' ? { security: [{ session: [] }] } : { security: [] }),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toSchema(route.body, 'input') } },
            },
          }
        : {}),
    };
    paths[openApiPath(route.path)] ??= {};
    paths[openApiPath(route.path)]![route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      ...info,
      description:
        'Registerlab API. Sign in with POST /api/auth/login; the session is an httpOnly cookie. Every ' +
        `state-changing request with a session must send the session's CSRF token in the ${CSRF_HEADER} header. ` +
        'Errors answer {error, code, details?}.',
    },
    paths,
    components: {
      schemas: components,
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
    },
  };
}

function parameters(
  schema: z.ZodType | undefined,
  where: 'path' | 'query',
  toSchema: (s: z.ZodType, io: 'input' | 'output') => JsonSchema,
): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: s,
  }));
}

/** Points zod's local `#/$defs/X` references at the document's components. */
function relink(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
}
