import { z } from 'zod';
import { TemporalitySchema, UnitTypeSchema, ValueTypeSchema } from '../../datastore/manifest';
import type { ArgNode, CommandNode, NameArg } from '../ast';
import { type CheckContext, resolveVariable, type Usage } from '../check-context';
import { checkCondition } from '../check-expression';
import { type TypedExpr, TypedExprSchema } from '../plan-expression';
import type { DatasetState, VariableState } from '../workspace';

/** A variable of the dataset in use, with its script type. */
export const ColumnSchema = z.object({ name: z.string(), type: z.enum(['number', 'string']) });
/** A column of the dataset in use. */
export type Column = z.infer<typeof ColumnSchema>;

/** A register variable, resolved so that an executor needs no catalogue. */
export const RegisterVariableSchema = z.object({
  datastore: z.string(),
  alias: z.string(),
  name: z.string(),
  unitType: UnitTypeSchema,
  temporality: TemporalitySchema,
  valueType: ValueTypeSchema,
  codeList: z.string().nullable(),
  pseudonymOf: UnitTypeSchema.nullable(),
});
/** A resolved register variable. */
export type RegisterVariable = z.infer<typeof RegisterVariableSchema>;

/** An optional `if` condition. */
export const ConditionSchema = TypedExprSchema.nullable();

/** The dataset a step works on. */
export const DatasetField = z.string();

/** An argument of the command being checked, if it was written and has the expected kind. */
export function arg<K extends ArgNode['kind']>(
  cmd: CommandNode,
  key: string,
  kind: K,
): Extract<ArgNode, { kind: K }> | undefined {
  const a = cmd.args[key];
  return a && a.kind === kind ? (a as Extract<ArgNode, { kind: K }>) : undefined;
}

/** The names of a `names` argument (empty when absent). */
export function nameList(cmd: CommandNode, key: string): NameArg[] {
  return arg(cmd, key, 'names')?.items ?? [];
}

/** Resolves variables; null when any failed (already reported). */
export function resolveAll(
  ctx: CheckContext,
  ds: DatasetState,
  items: readonly NameArg[],
  usage: Usage,
): VariableState[] | null {
  let ok = true;
  const out: VariableState[] = [];
  for (const n of items) {
    const v = resolveVariable(ctx, ds, n, usage);
    if (v) out.push(v);
    else ok = false;
  }
  return ok ? out : null;
}

/** Resolves variables that must be numeric, reporting strings. */
export function resolveNumeric(
  ctx: CheckContext,
  ds: DatasetState,
  items: readonly NameArg[],
  command: string,
): VariableState[] | null {
  const vars = resolveAll(ctx, ds, items, 'value');
  if (!vars) return null;
  let ok = true;
  vars.forEach((v, i) => {
    if (v.type !== 'number') {
      ctx.sink.report('numeric-required', items[i]!.span, { name: v.name, command });
      ok = false;
    }
  });
  return ok ? vars : null;
}

/** The plan form of variables. */
export function columns(vars: readonly VariableState[]): Column[] {
  return vars.map((v) => ({ name: v.name, type: v.type }));
}

/** Checks the command's `if` condition; `undefined` when it failed (already reported). */
export function condition(ctx: CheckContext, ds: DatasetState): TypedExpr | null | undefined {
  if (!ctx.cmd.condition) return null;
  const c = checkCondition(ctx, ds, ctx.cmd.condition);
  return c.expr ?? undefined;
}

/** True when every value is present (nothing failed). */
export function allOk<T>(...values: (T | null | undefined)[]): boolean {
  return values.every((v) => v !== null && v !== undefined);
}
