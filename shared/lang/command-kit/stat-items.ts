import { z } from 'zod';
import { UnitTypeSchema } from '../../datastore/manifest';
import type { NameArg } from '../ast';
import { type CheckContext, resolveVariable, unitIdName } from '../check-context';
import { findStatistic, statistics } from '../statistics';
import { closestName } from '../suggest';
import type { DatasetState, VariableState } from '../workspace';
import { arg, findOptionName } from './shared-options';

/** One `(statistic) source -> target` of collapse and aggregate. */
export const StatItemSchema = z.object({
  statistic: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.enum(['number', 'string']),
});
/** One statistic item in a plan step. */
export type StatItem = z.infer<typeof StatItemSchema>;

/** The grouping variable of `by()`: a variable, or the units' own id (`PERSONID_1`). */
export const ByKeySchema = z.object({
  name: z.string(),
  isUnitId: z.boolean(),
  pseudonymOf: UnitTypeSchema.nullable(),
  type: z.enum(['number', 'string']),
});
/** The by() key in a plan step. */
export type ByKey = z.infer<typeof ByKeySchema>;

/** Checks the statistic groups; each item with its source variable (null when anything failed). */
export function checkStatItems(
  ctx: CheckContext,
  ds: DatasetState,
): { item: StatItem; source: VariableState; at: NameArg }[] | null {
  const groups = arg(ctx.cmd, 'groups', 'stat-groups');
  if (!groups) return null;
  let ok = true;
  const out: { item: StatItem; source: VariableState; at: NameArg }[] = [];
  for (const g of groups.groups) {
    const stat = findStatistic(g.stat);
    if (!stat) {
      const hint = closestName(
        g.stat,
        statistics.map((x) => x.name),
      );
      ctx.sink.report('unknown-statistic', g.statSpan, { name: g.stat, hint });
      ok = false;
      continue;
    }
    for (const { source, target } of g.items) {
      const v = resolveVariable(ctx, ds, source, 'value');
      if (!v) {
        ok = false;
        continue;
      }
      if (!stat.anyType && v.type === 'string') {
        ctx.sink.report('numeric-required', source.span, { name: v.name, command: `(${g.stat})` });
        ok = false;
        continue;
      }
      const targetName = (target ?? source).name;
      const type = stat.anyType ? 'number' : v.type;
      out.push({
        item: { statistic: g.stat, source: v.name, target: targetName, type },
        source: v,
        at: target ?? source,
      });
    }
  }
  return ok ? out : null;
}

/** Resolves `by(var)` as a key (pseudonymised ids and the unit id are allowed here). */
export function checkBy(ctx: CheckContext, ds: DatasetState): ByKey | null | undefined {
  const by = findOptionName(ctx, 'by');
  if (by === null) return null;
  if (!by) return undefined;
  const v = resolveVariable(ctx, ds, by, 'key');
  if (!v) return undefined;
  const isUnitId = !ds.variables.has(v.name) && v.name === unitIdName(ctx, ds);
  return { name: v.name, isUnitId, pseudonymOf: v.pseudonymOf, type: v.type };
}
