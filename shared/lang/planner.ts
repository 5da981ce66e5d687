import type { CheckedStep } from './checker';
import { DiagnosticSink } from './diagnostic-sink';
import type { Diagnostic } from './diagnostics';
import { type Plan, PlanSchema } from './plan';
import type { Workspace } from './workspace';

/** A plan, or null when the script has errors. */
export interface PlanResult {
  value: Plan | null;
  diagnostics: Diagnostic[];
}

/** Turns checked steps into a plan and validates it with the same schema the server applies. */
export function buildPlan(
  steps: readonly CheckedStep[],
  workspace: Workspace,
  hasErrors: boolean,
): PlanResult {
  if (hasErrors) return { value: null, diagnostics: [] };
  const candidate = {
    version: 1,
    datastores: [...workspace.datastores.values()]
      .filter((d) => d.catalog)
      .map((d) => ({ alias: d.alias, name: d.name, versionRequested: d.requested, versionUsed: d.used })),
    steps: steps.map((s) => ({ kind: s.kind, span: s.span, line: s.line, ...s.payload })),
  };
  const parsed = PlanSchema.safeParse(candidate);
  if (parsed.success) return { value: parsed.data, diagnostics: [] };
  const sink = new DiagnosticSink();
  const issue = parsed.error.issues[0];
  const stepIndex = typeof issue?.path[1] === 'number' ? issue.path[1] : -1;
  const at = steps[stepIndex]?.span ?? { start: 0, end: 0 };
  sink.report('internal-error', at, {
    detail: `invalid plan at ${issue?.path.join('.')}: ${issue?.message}`,
  });
  return { value: null, diagnostics: sink.finish(at) };
}
