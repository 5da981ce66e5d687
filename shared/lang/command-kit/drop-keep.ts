import { z } from 'zod';
import { type CheckContext, currentDataset, reportDuplicates } from '../check-context';
import { TypedExprSchema } from '../plan-expression';
import { condition, nameList, resolveAll } from './shared';
import { names } from './syntax';

/** Syntax of drop and keep: a variable list, or `if condition`. */
export const dropKeepSyntax = [names('variables', 'variable', 'variables', 0)];

/** Payload of drop and keep: either variables or a row condition. */
export const dropKeepPayload = {
  dataset: z.string(),
  variables: z.array(z.string()).nullable(),
  condition: TypedExprSchema.nullable(),
};

/** Checks drop or keep; `keep` keeps the listed variables or rows, drop removes them. */
export function checkDropKeep(ctx: CheckContext, keep: boolean) {
  const ds = currentDataset(ctx);
  if (!ds) return null;
  const items = nameList(ctx.cmd, 'variables');
  if (items.length > 0 === (ctx.cmd.condition !== null)) {
    ctx.sink.report('keep-drop-form', ctx.cmd.span, { command: ctx.cmd.name });
    return null;
  }
  if (ctx.cmd.condition) {
    const cond = condition(ctx, ds);
    return cond ? { dataset: ds.name, variables: null, condition: cond } : null;
  }
  reportDuplicates(ctx, items);
  const vars = resolveAll(ctx, ds, items, 'transport');
  if (!vars) return null;
  const listed = new Set(vars.map((v) => v.name));
  for (const n of [...ds.variables.keys()]) {
    if (listed.has(n) !== keep) ds.variables.delete(n);
  }
  if (keep) ds.patterns = [];
  return { dataset: ds.name, variables: [...listed], condition: null };
}
