import fs from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../../shared/api/routes';
import { openApiPath } from '../openapi/build-openapi';
import { TestApp } from '../test-support/test-app';

const t = new TestApp();
afterAll(async () => {
  await t.close();
});

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = await (await t.app.request('/api/openapi.json')).json();
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('lists exactly the routes the server mounts', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const mounted = t.app.routes
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method} ${openApiPath(r.path.replace(/\/$/, '') || '/')}`);
    expect([...new Set(mounted)].sort()).toEqual(documented.sort());
    expect(documented).toHaveLength(apiRoutes.length);
  });

  it('describes request bodies and answers with schemas', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody?: { content: Record<string, { schema: { required?: string[] } }> };
            responses: Record<string, unknown>;
          }
        >
      >;
    };
    const login = doc.paths['/api/auth/login']!.post!;
    expect(login.requestBody?.content['application/json']?.schema.required).toEqual(['username', 'password']);
    expect(Object.keys(doc.paths['/api/jobs']!.post!.responses).sort()).toEqual(['202', '403', '422', '429']);
  });
});

describe('operations endpoints', () => {
  it('answers health', async () => {
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      database: 'ok',
      datastores: 1,
      jobs: { queued: 0, running: 0 },
    });
  });

  it('serves Prometheus text with the job, queue and HTTP metrics', async () => {
    await t.app.request('/api/catalog/variables?q=x');
    const res = await t.app.request('/metrics');
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    for (const name of [
      'registerlab_jobs',
      'registerlab_job_queue_length',
      'registerlab_jobs_running',
      'registerlab_job_duration_seconds',
      'registerlab_job_wait_seconds',
      'registerlab_command_duration_seconds',
      'registerlab_duckdb_peak_memory_bytes',
      'registerlab_disclosure_decisions_total',
      'registerlab_http_requests_total',
    ]) {
      expect(text).toMatch(new RegExp(`^# TYPE ${name} (gauge|counter|histogram)$`, 'm'));
    }
    expect(text).toMatch(/^registerlab_jobs\{state="queued"\} 0$/m);
    expect(text).toContain(
      'registerlab_http_requests_total{method="GET",route="/api/catalog/variables",status="200"} 1',
    );
    // Every sample line is `name{labels} value`.
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
      expect(line).toMatch(/^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})? -?[0-9.e+-]+|NaN|[+-]Inf$/);
    }
  });

  it('asks for the metrics token when one is configured', async () => {
    const guarded = new TestApp({ config: { metricsToken: 's3cret-token' } });
    expect((await guarded.app.request('/metrics')).status).toBe(401);
    expect(
      (await guarded.app.request('/metrics', { headers: { Authorization: 'Bearer wrong' } })).status,
    ).toBe(401);
    const ok = await guarded.app.request('/metrics', { headers: { Authorization: 'Bearer s3cret-token' } });
    expect(ok.status).toBe(200);
    await guarded.close();
  });

  it('answers unknown paths with JSON 404, and unexpected errors with a bare 500', async () => {
    const missing = await t.app.request('/api/nope');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Not found.', code: 'not-found' });
    // An unexpected failure: the database connection is gone under a login.
    const broken = new TestApp();
    broken.services.db.$client.close();
    const crash = await broken.client().post('/api/auth/login', { username: 'x', password: 'y' });
    expect(crash.status).toBe(500);
    expect(crash.json()).toEqual({ error: 'Internal server error.', code: 'internal-error' });
    expect(crash.text).not.toMatch(/database|sqlite|at /i);
    expect(
      broken.logger.lines.some(
        (l) => l.event === 'http.unhandled' && /database connection/.test(String(l.error)),
      ),
    ).toBe(true);
    const health = await broken.app.request('/api/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'degraded', database: 'error' });
    await broken.server.close();
    fs.rmSync(broken.dir, { recursive: true, force: true });
  });

  it('logs one JSON line per request', () => {
    const line = t.logger.lines.find(
      (l) => l.event === 'http.request' && l.path === '/api/catalog/variables',
    );
    expect(line).toMatchObject({
      level: 'info',
      method: 'GET',
      status: 200,
      route: '/api/catalog/variables',
      userId: null,
    });
    expect(typeof line?.requestId).toBe('string');
  });

  it('sets security headers', async () => {
    const res = await t.app.request('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});
