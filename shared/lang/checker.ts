import type { Catalog } from './catalog';
import type { CheckContext } from './check-context';
import { commands } from './commands/registry';
import { DiagnosticSink } from './diagnostic-sink';
import type { Diagnostic } from './diagnostics';
import type { ParsedLine } from './parser';
import type { Span } from './spans';
import { emptyWorkspace, type Workspace } from './workspace';

/** A command that passed its check: its kind, place, and the fields of its plan step. */
export interface CheckedStep {
  kind: string;
  span: Span;
  line: number;
  payload: Record<string, unknown>;
}

/** The checked commands and the workspace as it stands after the last one. */
export interface CheckResult {
  value: { steps: CheckedStep[]; workspace: Workspace };
  diagnostics: Diagnostic[];
}

const DATASET_COMMANDS = new Set([
  'create-dataset',
  'clone-dataset',
  'clone-units',
  'rename-dataset',
  'delete-dataset',
  'use',
  'clear',
]);

/** Walks the commands in order against the catalogues, tracking datasets, variables and labels as they change. */
export function check(
  lines: readonly ParsedLine[],
  catalogs: readonly Catalog[],
  lineOf: (offset: number) => number,
  earlierErrors = false,
): CheckResult {
  const ws = emptyWorkspace();
  const sink = new DiagnosticSink();
  const steps: CheckedStep[] = [];
  for (const line of lines) {
    if (line.kind === 'failed') {
      taintAfterFailure(ws, line.name);
      continue;
    }
    const def = commands.get(line.node.name);
    if (!def) continue;
    const ctx: CheckContext = { ws, sink, catalogs, cmd: line.node, lineOf };
    const errorsBefore = sink.hasErrors;
    const payload = def.check(ctx) as Record<string, unknown> | null;
    if (payload) {
      steps.push({ kind: def.name, span: line.node.span, line: lineOf(line.node.span.start), payload });
    } else if (!earlierErrors && !errorsBefore && !sink.hasErrors) {
      // A check that fails must say why; a silent failure would drop a step from the plan.
      sink.report('internal-error', line.node.nameSpan, { detail: `${def.name} gave no step and no error` });
    }
  }
  const last = lines[lines.length - 1];
  const end = last ? (last.kind === 'failed' ? last.span.end : last.node.span.end) : 0;
  return { value: { steps, workspace: ws }, diagnostics: sink.finish({ start: end, end }) };
}

/** A command that could not be parsed may have made names; stop reporting them as unknown. */
function taintAfterFailure(ws: Workspace, name: string | null): void {
  if (name === null || !commands.has(name)) return;
  if (DATASET_COMMANDS.has(name)) ws.exactDatasets = false;
  const ds = ws.current ? ws.datasets.get(ws.current) : undefined;
  if (ds) ds.exact = false;
}
