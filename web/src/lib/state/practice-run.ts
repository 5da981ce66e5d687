import { proxy } from 'comlink';
import type { Output } from '../../../../shared/engine/output';
import type { RunRange } from '../editor/run-range';
import type { ShownOutput } from '../output/parse-outputs';
import { workerApi } from '../worker/worker-client';
import type { Run } from './run-state.svelte';

/**
 * Runs a range in practice mode inside the worker (duckdb-wasm over the synthetic datastore, the same compiler,
 * engine and disclosure rules), reporting the run as it changes: outputs stream in as the gate releases them.
 */
export async function runInPractice(range: RunRange, update: (change: Partial<Run>) => void): Promise<void> {
  const outputs: ShownOutput[] = [];
  const onOutput = (output: Output) => {
    outputs.push({ ok: true, output });
    update({ outputs: [...outputs] });
  };
  update({ state: 'running' });
  const outcome = await workerApi().practice.run(range.text, proxy(onOutput));
  if (outcome.status === 'unavailable') {
    update({ state: 'unreachable', requestError: outcome.message });
    return;
  }
  const shown = outcome.outputs.map((output): ShownOutput => ({ ok: true, output }));
  if (outcome.status === 'rejected') {
    update({
      state: 'rejected',
      rejected: outcome.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => ({ ...d, span: { start: d.span.start + range.offset, end: d.span.end + range.offset } })),
    });
    return;
  }
  const failure = outcome.outputs.findLast((o) => o.kind === 'error');
  update({
    state: outcome.status === 'completed' ? 'succeeded' : 'failed',
    outputs: shown,
    error:
      outcome.status === 'failed'
        ? {
            code: failure?.kind === 'error' ? failure.code : 'failed',
            message: failure?.kind === 'error' ? failure.message.en : 'The script failed.',
            line: outcome.failedLine,
          }
        : null,
  });
}
