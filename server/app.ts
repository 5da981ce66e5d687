import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { defaultTerms } from './accounts/default-terms';
import { apiError } from './http/api-error';
import type { AppEnv } from './http/env';
import { staticAppRoutes } from './http/static-app';
import { csrfProtection } from './middleware/csrf-protection';
import { errorHandler } from './middleware/error-handler';
import { requestLog } from './middleware/request-log';
import { sessionAuth } from './middleware/session-auth';
import { adminUserRoutes } from './routes/admin-users';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { catalogRoutes } from './routes/catalog';
import { disclosureRoutes } from './routes/disclosure';
import { institutionRoutes } from './routes/institutions';
import { jobRoutes } from './routes/jobs';
import { openApiRoutes } from './routes/openapi';
import { operationsRoutes } from './routes/operations';
import { practiceRoutes } from './routes/practice';
import { scriptRoutes } from './routes/scripts';
import { termsRoutes } from './routes/terms';
import { workspaceRoutes } from './routes/workspace';
import { type AppDeps, createServices, type Services } from './services';

/** A composed server: the Hono app, its services, and how to stop it. */
export interface RegisterlabApp {
  app: Hono<AppEnv>;
  services: Services;
  /** Stops the job queue (running jobs are aborted and end as failed). */
  close(): Promise<void>;
}

/** Builds the whole API from its dependencies and starts the job queue (recovering after a crash). */
export function createApp(deps: AppDeps): RegisterlabApp {
  const services = createServices(deps);
  const { config, logger } = services;
  const app = new Hono<AppEnv>();

  app.onError(errorHandler(logger));
  app.notFound((c) => c.json({ error: 'Not found.', code: 'not-found' }, 404));
  app.use(requestId());
  app.use(requestLog({ logger, metrics: services.metrics }));
  app.use(secureHeaders({ crossOriginEmbedderPolicy: false }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 2 * 1024 * 1024,
      onError: () => {
        throw apiError(413, 'body-too-large', 'The request body is too large.');
      },
    }),
  );
  app.use('/api/*', sessionAuth({ sessions: services.sessions, users: services.users }));
  app.use('/api/*', csrfProtection({ allowedOrigins: config.allowedOrigins }));

  app.route('/api/auth', authRoutes(services));
  app.route('/api', termsRoutes(services));
  app.route('/api/admin/users', adminUserRoutes(services));
  app.route('/api/admin', institutionRoutes(services));
  app.route('/api/admin/audit', auditRoutes(services));
  app.route('/api/catalog', catalogRoutes(services));
  app.route('/api/disclosure', disclosureRoutes());
  app.route('/api/jobs', jobRoutes(services));
  app.route('/api/scripts', scriptRoutes(services));
  app.route('/api/workspace', workspaceRoutes(services));
  app.route('/api/practice', practiceRoutes(services));
  app.route('/', operationsRoutes(services));
  app.route('/', openApiRoutes());
  if (deps.staticDir) app.route('/', staticAppRoutes(deps.staticDir));

  // Users must accept some terms before their first job, so there is always a current version.
  if (!services.terms.current()) services.terms.publish(defaultTerms.textNb, defaultTerms.textEn);
  services.queue.start();
  return { app, services, close: () => services.queue.close() };
}
