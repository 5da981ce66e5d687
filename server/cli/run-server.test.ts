import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Job } from '../../shared/api/jobs';
import { repoRoot } from '../config/paths';
import { createMemoryLogger } from '../logging/logger';
import { ControlledExecutor } from '../test-support/controlled-executor';
import { fixtureDatastoreDir } from '../test-support/fixture-datastore';
import { readSse } from '../test-support/sse';
import { fixtureScript } from '../test-support/test-app';
import { configFromEnv, runServer } from './run-server';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-serve-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Signs in over real HTTP and returns a fetch bound to the session. */
async function signIn(url: string, username: string, password: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) return { status: login.status, call: undefined };
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = (p: string, init: RequestInit = {}) =>
    fetch(`${url}${p}`, {
      ...init,
      headers: {
        Cookie: cookie,
        Origin: url,
        'X-CSRF-Token': csrfToken,
        'Content-Type': 'application/json',
        ...init.headers,
      },
    });
  return { status: 200, call };
}

describe('a server on a real port', () => {
  it('creates the demo accounts once, keeps them across restarts, and serves the web app', async () => {
    const dbFile = path.join(tmp, 'demo.sqlite');
    const staticDir = path.join(tmp, 'web');
    fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Registerlab</title>');
    fs.writeFileSync(path.join(staticDir, 'assets', 'app-1234.js'), 'console.log(1)');
    const printed: string[] = [];
    const options = {
      datastoreDirs: [fixtureDatastoreDir],
      port: 0,
      host: '127.0.0.1',
      dbFile,
      staticDir,
      logger: createMemoryLogger(),
      print: (text: string) => printed.push(text),
    };
    const first = await runServer(options);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const notice = printed.join('\n');
    const password = /demo-researcher\s+(\S+)/.exec(notice)?.[1];
    expect(notice).toContain('demo-operator');
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    const researcher = await signIn(first.url, 'demo-researcher', password!);
    const me = await (await researcher.call!('/api/auth/me')).json();
    expect(me).toMatchObject({
      user: { institution: { name: 'Demo-institusjonen' } },
      agreement: { state: 'valid' },
      jobRefusal: 'terms-not-accepted',
    });
    expect(await (await fetch(`${first.url}/`)).text()).toContain('<title>Registerlab</title>');
    expect(await (await fetch(`${first.url}/catalogue/INNTEKT_WLONN`)).text()).toContain(
      '<title>Registerlab</title>',
    );
    const asset = await fetch(`${first.url}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${first.url}/api/nope`)).status).toBe(404);
    await first.close();

    printed.length = 0;
    const second = await runServer(options);
    expect(printed).toEqual([]);
    expect((await signIn(second.url, 'demo-researcher', password!)).status).toBe(200);
    await second.close();
  });

  it('streams a job over real HTTP', async () => {
    const executor = new ControlledExecutor();
    const server = await runServer({
      datastoreDirs: [fixtureDatastoreDir],
      port: 0,
      host: '127.0.0.1',
      dbFile: path.join(tmp, 'sse.sqlite'),
      executor,
      logger: createMemoryLogger(),
      print: () => {},
    });
    const { services } = server.registerlab;
    const inst = services.institutions.create('HTTP-instituttet');
    services.institutions.addAgreement(inst.id, {
      reference: 'x',
      validFrom: '2000-01-01',
      validTo: '2999-12-31',
    });
    const user = await services.users.create({
      username: 'sse',
      displayName: 'SSE',
      roles: ['researcher'],
      institutionId: inst.id,
      password: 'a long enough password',
    });
    services.terms.accept(user.id, services.terms.current()!.version);
    const { call } = await signIn(server.url, 'sse', 'a long enough password');
    const job = (await (
      await call!('/api/jobs', { method: 'POST', body: JSON.stringify({ script: fixtureScript }) })
    ).json()) as Job;
    const stream = await call!(`/api/jobs/${job.id}/events`);
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    const events = readSse(stream, (e) => e.event === 'done');
    const run = await executor.nthRun(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    run.progress(3, 'import', 3);
    run.succeed([{ kind: 'text', text: 'ok' }]);
    expect((await events).map((e) => e.event)).toEqual(['state', 'progress', 'done']);
    await server.close();
  });
});

describe('registerlab serve', () => {
  it('starts from the command line, answers, and stops cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        path.join(repoRoot, 'bin', 'registerlab.mjs'),
        'serve',
        '--datastore',
        fixtureDatastoreDir,
        '--port',
        '0',
        '--db',
        path.join(tmp, 'cli.sqlite'),
        '--no-demo',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(stderr);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
    });
    const health = await (await fetch(`${url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', datastores: 1 });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('explains a datastore folder without a manifest', async () => {
    const child = spawn(
      process.execPath,
      [path.join(repoRoot, 'bin', 'registerlab.mjs'), 'serve', '--datastore', tmp, '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/registerlab serve: cannot read .*datastore\.json/);
  });
});

describe('configuration from the environment', () => {
  it('reads allowed origins, the metrics token and the proxy switch', () => {
    expect(
      configFromEnv({
        REGISTERLAB_ALLOWED_ORIGINS: 'http://localhost:5173, https://lab.example ,',
        REGISTERLAB_METRICS_TOKEN: 'tok',
        REGISTERLAB_TRUST_PROXY: '1',
      }),
    ).toEqual({
      allowedOrigins: ['http://localhost:5173', 'https://lab.example'],
      metricsToken: 'tok',
      trustProxy: true,
    });
    expect(configFromEnv({})).toEqual({});
  });
});
