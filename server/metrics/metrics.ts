import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** The server's Prometheus metrics, in a registry of their own (so test apps never share counters). */
export interface ServerMetrics {
  registry: Registry;
  jobsByState: Gauge<'state'>;
  queueLength: Gauge;
  jobsRunning: Gauge;
  jobDuration: Histogram<'outcome'>;
  jobWait: Histogram;
  commandDuration: Histogram<'command'>;
  duckdbMemory: Gauge;
  disclosureDecisions: Counter<'rule' | 'action'>;
  logins: Counter<'outcome'>;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route'>;
}

/** Creates the metrics; `jobsByState` asks `countJobs` at every scrape so it always matches the database. */
export function createMetrics(
  countJobs: () => Record<string, number>,
  withProcessMetrics = true,
): ServerMetrics {
  const registry = new Registry();
  if (withProcessMetrics) collectDefaultMetrics({ register: registry, prefix: 'registerlab_' });
  const seconds = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];
  return {
    registry,
    jobsByState: new Gauge({
      name: 'registerlab_jobs',
      help: 'Jobs in the database by state',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const counts = countJobs();
        for (const state of ['queued', 'running', 'succeeded', 'failed', 'cancelled']) {
          this.set({ state }, counts[state] ?? 0);
        }
      },
    }),
    queueLength: new Gauge({
      name: 'registerlab_job_queue_length',
      help: 'Jobs waiting for a slot',
      registers: [registry],
    }),
    jobsRunning: new Gauge({
      name: 'registerlab_jobs_running',
      help: 'Jobs in an execution slot',
      registers: [registry],
    }),
    jobDuration: new Histogram({
      name: 'registerlab_job_duration_seconds',
      help: 'Time from start to end of a job, by outcome',
      labelNames: ['outcome'],
      buckets: seconds,
      registers: [registry],
    }),
    jobWait: new Histogram({
      name: 'registerlab_job_wait_seconds',
      help: 'Time a job waited in the queue before it started',
      buckets: seconds,
      registers: [registry],
    }),
    commandDuration: new Histogram({
      name: 'registerlab_command_duration_seconds',
      help: 'Time of one script command as the engine reports it',
      labelNames: ['command'],
      buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    }),
    duckdbMemory: new Gauge({
      name: 'registerlab_duckdb_peak_memory_bytes',
      help: 'Peak DuckDB memory of the last job that reported it',
      registers: [registry],
    }),
    disclosureDecisions: new Counter({
      name: 'registerlab_disclosure_decisions_total',
      help: 'Disclosure gate decisions (suppressions, refusals, ...) by rule',
      labelNames: ['rule', 'action'],
      registers: [registry],
    }),
    logins: new Counter({
      name: 'registerlab_logins_total',
      help: 'Login attempts by outcome',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    httpRequests: new Counter({
      name: 'registerlab_http_requests_total',
      help: 'HTTP requests by route pattern and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'registerlab_http_request_duration_seconds',
      help: 'HTTP request time until the response headers, by route pattern',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
  };
}
