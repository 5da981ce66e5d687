import type { JobExecutor } from '../../../server/jobs/executor';
import type { JobOutput } from '../../../shared/api/jobs';
import type { Output } from '../../../shared/engine/output';

/** The script the output-panel test runs; the outputs below refer to its lines. */
export const OUTPUT_SCRIPT = [
  'require no.ssb.fdb:1 as db',
  'create-dataset personer',
  'import db/BEFOLKNING_KJOENN as kjonn',
  'import db/BEFOLKNING_FOEDSELS_AAR_MND as faarmnd',
  'generate alder = 2020 - int(faarmnd / 100)',
  'tabulate kjonn',
  'histogram alder',
  'summarize alder',
].join('\n');

const at = (line: number, command: string) => {
  const start =
    OUTPUT_SCRIPT.split('\n')
      .slice(0, line - 1)
      .join('\n').length + (line > 1 ? 1 : 0);
  return { line, command, span: { start, end: start + command.length } };
};
const count = (value: number | null, code?: string) =>
  value === null
    ? { value, format: 'count' as const, rule: 'T7', code: code ?? 'too-few-units' }
    : { value, format: 'count' as const, rule: 'CK' };

/** Outputs shaped exactly as the engine publishes them: a notice, a table with a suppressed cell, a chart, a refusal, an error. */
export const PUBLISHED: Output[] = [
  { ...at(3, 'import'), kind: 'notice', message: { nb: 'kjonn importert.', en: 'kjonn imported.' } },
  {
    ...at(6, 'tabulate'),
    kind: 'table',
    table: {
      title: 'kjonn',
      rowDimensions: ['kjonn'],
      columns: [
        { key: 'count', label: 'Antall' },
        { key: 'percent', label: 'Prosent' },
      ],
      rows: [
        { header: ['Mann'], cells: [count(4990), { value: 49.9, format: 'percent', rule: 'CK' }] },
        { header: ['Kvinne'], cells: [count(5001), { value: 50.0, format: 'percent', rule: 'CK' }] },
        {
          header: ['Uoppgitt'],
          cells: [count(null), { value: null, format: 'percent', rule: 'T7', code: 'too-few-units' }],
        },
        { header: [null], cells: [count(9991), { value: 100, format: 'percent', rule: 'CK' }] },
      ],
      notes: [{ nb: 'Antallene er støyet (CK).', en: 'Counts are perturbed (CK).' }],
    },
  },
  {
    ...at(7, 'histogram'),
    kind: 'chart',
    title: 'histogram alder',
    chart: {
      type: 'histogram',
      variable: 'alder',
      bins: [
        { from: 0, to: 20, count: count(2400) },
        { from: 20, to: 40, count: count(2600) },
        { from: 40, to: 60, count: count(2700) },
        { from: 60, to: 80, count: count(1900) },
        { from: 80, to: 100, count: count(null) },
      ],
    },
  },
  {
    ...at(8, 'summarize'),
    kind: 'refusal',
    rule: 'BUDGET',
    code: 'budget-exhausted',
    message: {
      nb: 'Avvist: arbeidsområdet har brukt opp kvoten (regel BUDGET).',
      en: 'Refused: this workspace has used up its outputs (rule BUDGET).',
    },
  },
];

/** An executor that reports progress step by step and then publishes `PUBLISHED` and fails on line 8. */
export const publishedOutputsExecutor: JobExecutor = {
  async run(request) {
    const total = (request.plan as { steps?: unknown[] }).steps?.length ?? 0;
    for (let step = 1; step <= total; step++) {
      request.onProgress({ completedSteps: step, totalSteps: total, line: step + 1, command: 'step' });
      await new Promise((r) => setTimeout(r, 50));
    }
    return {
      status: 'failed',
      error: { code: 'command-failed', message: 'summarize alder was refused.', line: 8 },
      outputs: PUBLISHED as unknown as JobOutput[],
      appliedSteps: total,
      rebuilt: false,
      disclosure: [],
    };
  },
};
