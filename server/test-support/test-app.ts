import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Hono } from 'hono';
import { CSRF_HEADER, type MeResponse } from '../../shared/api/auth';
import type { Role } from '../../shared/api/roles';
import { createApp, type RegisterlabApp } from '../app';
import { ManualClock } from '../config/clock';
import { type ConfigPatch, defaultServerConfig, withConfig } from '../config/server-config';
import { createFileDatastoreRegistry } from '../datastores/registry';
import { openDatabase } from '../db/open';
import type { AppEnv } from '../http/env';
import type { JobExecutor } from '../jobs/executor';
import { langCompiler } from '../jobs/lang-compiler';
import { createMemoryLogger } from '../logging/logger';
import { ControlledExecutor } from './controlled-executor';
import { fixtureDatastoreDir, sealedMarkers } from './fixture-datastore';
import { ResponseScanner } from './scan-responses';

/** The origin in-process requests use (`app.request` resolves paths against it). */
export const TEST_ORIGIN = 'http://localhost';

/** A password long enough for every rule, shared by test accounts. */
export const TEST_PASSWORD = 'correct horse battery staple';

/** 12:00 UTC on 15 June 2025: test agreements are read against this day. */
export const TEST_NOW = Date.UTC(2025, 5, 15, 12);

/** Options of `createTestApp`. */
export interface TestAppOptions {
  config?: ConfigPatch;
  executor?: JobExecutor;
  /** Reuse a folder (and so its SQLite file) from an earlier app, to simulate a restart. */
  dir?: string;
  clock?: ManualClock;
}

/** An app on a temporary SQLite file with the fixture datastore, a manual clock and a controlled executor. */
export class TestApp {
  readonly dir: string;
  readonly clock: ManualClock;
  readonly executor: JobExecutor;
  readonly logger = createMemoryLogger();
  readonly scanner = new ResponseScanner(sealedMarkers);
  readonly server: RegisterlabApp;

  constructor(options: TestAppOptions = {}) {
    this.dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rl-app-'));
    this.clock = options.clock ?? new ManualClock(TEST_NOW);
    this.executor = options.executor ?? new ControlledExecutor();
    const config = withConfig(defaultServerConfig(path.join(this.dir, 'workspaces')), options.config ?? {});
    this.server = createApp({
      db: openDatabase(path.join(this.dir, 'registerlab.sqlite')),
      config,
      clock: this.clock,
      executor: this.executor,
      compiler: langCompiler,
      datastores: createFileDatastoreRegistry([fixtureDatastoreDir]),
      logger: this.logger,
      processMetrics: false,
    });
  }

  get app(): Hono<AppEnv> {
    return this.server.app;
  }

  get services() {
    return this.server.services;
  }

  /** The controlled executor (throws if another was given). */
  get controlled(): ControlledExecutor {
    if (!(this.executor instanceof ControlledExecutor)) throw new Error('not a ControlledExecutor');
    return this.executor;
  }

  /** A client without a session. */
  client(): TestClient {
    return new TestClient(this);
  }

  /** Makes an institution with an agreement valid from `validFrom` to `validTo`. */
  institution(name: string, validFrom = '2025-01-01', validTo = '2025-12-31'): number {
    const { id } = this.services.institutions.create(name);
    this.services.institutions.addAgreement(id, { reference: `${name}-agreement`, validFrom, validTo });
    return id;
  }

  /** Makes an account with the test password; accepts the current terms unless told not to. */
  async user(
    username: string,
    roles: Role[],
    institutionId: number | null,
    acceptTerms = true,
  ): Promise<number> {
    const account = await this.services.users.create({
      username,
      displayName: username,
      roles,
      institutionId,
      password: TEST_PASSWORD,
    });
    const current = this.services.terms.current();
    if (acceptTerms && current) this.services.terms.accept(account.id, current.version);
    return account.id;
  }

  /** A signed-in client for an account made with `user`. */
  async login(username: string): Promise<TestClient> {
    const client = this.client();
    const res = await client.post('/api/auth/login', { username, password: TEST_PASSWORD });
    if (res.status !== 200) throw new Error(`login of ${username} failed: ${res.status} ${res.text}`);
    return client;
  }

  /** Stops the queue and deletes the folder (unless `keep`, for a restart test). */
  async close(keep = false): Promise<void> {
    await this.server.close();
    this.services.db.$client.close();
    if (!keep) fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A response with its body read (and scanned) once. */
export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  json<T = unknown>(): T;
}

/** Options of one request. */
export interface RequestOptions {
  /** Send the CSRF header (default true when signed in). */
  csrf?: boolean | string;
  /** The Origin header; null sends none. */
  origin?: string | null;
  headers?: Record<string, string>;
}

/** A browser-like client: keeps the session cookie and CSRF token, sends Origin, scans every answer. */
export class TestClient {
  cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(private readonly test: TestApp) {}

  /** Sends a request; the body (if any) as JSON. */
  async request(
    method: string,
    url: string,
    body?: unknown,
    options: RequestOptions = {},
  ): Promise<TestResponse> {
    const res = await this.raw(method, url, body, options);
    const text = await res.text();
    this.test.scanner.scan(`${method} ${url}`, text);
    return { status: res.status, headers: res.headers, text, json: <T>() => JSON.parse(text) as T };
  }

  /** Sends a request and returns the unread Response (for streams). */
  async raw(method: string, url: string, body?: unknown, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const origin = options.origin === undefined ? TEST_ORIGIN : options.origin;
    if (origin !== null && method !== 'GET') headers.Origin = origin;
    if (this.cookie) headers.Cookie = this.cookie;
    const csrf = options.csrf ?? true;
    if (typeof csrf === 'string') headers[CSRF_HEADER] = csrf;
    else if (csrf && this.csrfToken) headers[CSRF_HEADER] = this.csrfToken;
    const res = await this.test.app.request(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.readCookie(setCookie);
    if (url === '/api/auth/login' && res.status === 200) {
      this.csrfToken = ((await res.clone().json()) as MeResponse).csrfToken;
    }
    return res;
  }

  get(url: string, options?: RequestOptions) {
    return this.request('GET', url, undefined, options);
  }
  post(url: string, body?: unknown, options?: RequestOptions) {
    return this.request('POST', url, body ?? {}, options);
  }
  put(url: string, body: unknown, options?: RequestOptions) {
    return this.request('PUT', url, body, options);
  }
  patch(url: string, body: unknown, options?: RequestOptions) {
    return this.request('PATCH', url, body, options);
  }
  delete(url: string, options?: RequestOptions) {
    return this.request('DELETE', url, undefined, options);
  }

  private readCookie(header: string): void {
    const [pair] = header.split(';');
    const [name, value] = pair!.split('=');
    if (name !== 'rl_session') return;
    this.cookie = value ? `${name}=${value}` : undefined;
    if (!value) this.csrfToken = undefined;
  }
}

/** A script for the fixture datastore: 6 steps, the tabulate on line 5. */
export const fixtureScript = `require no.test.fixture:2 as db
create-dataset personer
import db/BEFOLKNING_KJOENN as kjonn
import db/INNTEKT_WLONN 2020-12-31 as lonn
tabulate kjonn
summarize lonn
`;
