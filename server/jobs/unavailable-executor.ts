import type { JobExecutor } from './executor';

/**
 * The executor used until the DuckDB engine is wired in: every job fails at once with a clear
 * message, so the rest of the server (queue, SSE, audit) runs end to end without pretending to compute.
 */
export const unavailableExecutor: JobExecutor = {
  async run({ workspace }) {
    return {
      status: 'failed',
      error: {
        code: 'engine-unavailable',
        message: 'The analysis engine is not installed on this server yet.',
        line: null,
      },
      outputs: [],
      appliedSteps: 0,
      rebuilt: workspace.needsRebuild,
      disclosure: [],
    };
  },
};
