import { z } from 'zod';
import type { CheckContext } from '../check-context';
import { checkExpression } from '../check-expression';
import { TypedExprSchema } from '../plan-expression';
import type { DatasetState } from '../workspace';
import { arg, condition } from './shared';

/** Payload of generate and replace. */
export const assignPayload = {
  dataset: z.string(),
  target: z.string(),
  type: z.enum(['number', 'string']),
  expression: TypedExprSchema,
  condition: TypedExprSchema.nullable(),
};

/** Checks `= expression [if condition]`; the expression's type, or null when something failed. */
export function checkAssignment(ctx: CheckContext, ds: DatasetState) {
  const expression = arg(ctx.cmd, 'expression', 'expression');
  if (!expression) return null;
  const checked = checkExpression(ctx, ds, expression.expr);
  const cond = condition(ctx, ds);
  if (!checked.expr || checked.type === 'error' || cond === undefined) return null;
  return {
    expression: checked.expr,
    type: checked.type === 'string' ? ('string' as const) : ('number' as const),
    bare: checked.type,
    condition: cond,
  };
}
