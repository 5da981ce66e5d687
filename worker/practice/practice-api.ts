import type { Output } from '../../shared/engine/output';
import { openPracticeSession, type PracticeSession, type PracticeSessionOptions } from './browser-session';
import { type PracticeRunResult, runPracticeScript } from './practice-run';

/** The practice datastore once loaded, or why practice mode is unavailable. */
export type PracticeLoadResult =
  | { ok: true; name: string; version: string; variables: number; seconds: number }
  | { ok: false; message: string };

/** A run's result, or why practice mode is unavailable (the script then never ran). */
export type PracticeRunOutcome = PracticeRunResult | { status: 'unavailable'; message: string };

/**
 * Practice mode for the worker's comlink API: `load()` starts duckdb-wasm and reads the synthetic datastore's
 * manifest (optional; `run` does it on first use), `run(script, onOutput)` compiles and runs a script in the
 * browser and streams released outputs to `onOutput` (pass it wrapped in comlink's `proxy`), `cancel()`
 * stops the run in progress. Nothing here throws across the worker boundary.
 */
export function createPracticeApi(options: PracticeSessionOptions = {}) {
  let session: Promise<PracticeSession> | null = null;
  let running: AbortController | null = null;
  const open = () => {
    session ??= openPracticeSession(options).catch((error: unknown) => {
      session = null; // try again next time (the server may be back)
      throw error;
    });
    return session;
  };

  return {
    /** Loads duckdb-wasm and the practice datastore. */
    async load(): Promise<PracticeLoadResult> {
      const started = performance.now();
      try {
        const s = await open();
        const seconds = (performance.now() - started) / 1000;
        return {
          ok: true,
          name: s.manifest.name,
          version: s.manifest.version,
          variables: s.manifest.variables.length,
          seconds,
        };
      } catch (error) {
        return { ok: false, message: messageOf(error) };
      }
    },

    /** Runs a script on the synthetic data; outputs stream to `onOutput` as the gate releases them. */
    async run(script: string, onOutput?: (output: Output) => void): Promise<PracticeRunOutcome> {
      running?.abort();
      const controller = new AbortController();
      running = controller;
      try {
        const s = await open();
        return await runPracticeScript(script, s, { onOutput, signal: controller.signal });
      } catch (error) {
        return { status: 'unavailable', message: messageOf(error) };
      } finally {
        if (running === controller) running = null;
      }
    },

    /** Stops the run in progress, if any (it ends with a `cancelled` error output). */
    cancel(): void {
      running?.abort();
    },
  };
}

/** The practice part of the worker API. */
export type PracticeApi = ReturnType<typeof createPracticeApi>;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
