import type { AuditLog } from '../audit/audit-log';
import type { Logger } from '../logging/logger';
import type { ServerMetrics } from '../metrics/metrics';
import type { WorkspaceStore } from '../workspaces/workspace-store';
import type { DisclosureDecision, JobResult } from './executor';
import type { RunOutcome } from './job-outcome';
import type { JobRow } from './job-store';

/**
 * Everything a job's end leaves behind besides its row: the workspace history and rebuild flag,
 * the audit records (the end itself and every disclosure decision), metrics and a log line.
 */
export function recordRunEffects(
  deps: { workspaces: WorkspaceStore; audit: AuditLog; metrics: ServerMetrics; logger: Logger },
  row: JobRow,
  outcome: RunOutcome,
  result: JobResult | undefined,
  runMs: number | null,
): void {
  const { workspaces, audit, metrics, logger } = deps;
  if (outcome.appliedSteps > 0) workspaces.append(row.workspaceId, row.id);
  if (outcome.rebuild !== 'keep') workspaces.setNeedsRebuild(row.workspaceId, outcome.rebuild === 'mark');
  if (result?.workspaceSummary !== undefined) workspaces.setSummary(row.workspaceId, result.workspaceSummary);

  for (const group of groupDecisions(result?.disclosure ?? [])) {
    audit.record({
      action: 'disclosure.decision',
      targetType: 'job',
      targetId: row.id,
      details: { userId: row.userId, ...group },
    });
    metrics.disclosureDecisions.inc({ rule: group.rule, action: group.action }, group.count);
  }
  for (const timing of result?.timings ?? [])
    metrics.commandDuration.observe({ command: timing.command }, timing.seconds);
  if (result?.peakMemoryBytes !== undefined) metrics.duckdbMemory.set(result.peakMemoryBytes);
  if (runMs !== null)
    metrics.jobDuration.observe({ outcome: outcome.error?.code ?? outcome.state }, runMs / 1000);

  const details = {
    userId: row.userId,
    state: outcome.state,
    errorCode: outcome.error?.code ?? null,
    outputs: outcome.outputs.length,
    appliedSteps: outcome.appliedSteps,
    runMs,
  };
  audit.record({
    action: outcome.state === 'cancelled' ? 'job.cancelled' : 'job.finished',
    targetType: 'job',
    targetId: row.id,
    details,
  });
  logger.info('job.finished', { jobId: row.id, ...details });
}

/** Decisions grouped by rule, action and line, so a table with 500 suppressed cells is one audit record. */
function groupDecisions(
  decisions: DisclosureDecision[],
): { rule: string; action: string; line: number | null; count: number }[] {
  const groups = new Map<string, { rule: string; action: string; line: number | null; count: number }>();
  for (const d of decisions) {
    const key = `${d.rule}\0${d.action}\0${d.line}`;
    const group = groups.get(key) ?? { rule: d.rule, action: d.action, line: d.line, count: 0 };
    group.count++;
    groups.set(key, group);
  }
  return [...groups.values()];
}
