import { z } from 'zod';
import { currentDataset, resolveVariable } from '../check-context';
import { defineCommand } from '../command-kit/define';
import { arg, ColumnSchema, columns, condition, nameList, resolveAll } from '../command-kit/shared';
import { name, names } from '../command-kit/syntax';
import { TypedExprSchema } from '../plan-expression';

/** `anova y factor-list [if]`: analysis of variance of a numeric variable over categorical factors. */
export const anovaCommand = defineCommand({
  name: 'anova',
  group: 'descriptive',
  usage: 'anova variable factor-list [if condition]',
  help: {
    nb: 'Variansanalyse: hvor mye av variasjonen i en numerisk variabel som forklares av kategoriske faktorer.',
    en: 'Analysis of variance: how much of the variation of a numeric variable categorical factors explain.',
  },
  syntax: [
    name('dependent', 'variable', 'a numeric variable'),
    names('factors', 'variable', 'factor variables'),
  ],
  condition: true,
  options: [],
  payload: {
    dataset: z.string(),
    dependent: ColumnSchema,
    factors: z.array(ColumnSchema),
    condition: TypedExprSchema.nullable(),
  },
  check(ctx) {
    const ds = currentDataset(ctx);
    const dep = arg(ctx.cmd, 'dependent', 'name');
    if (!ds || !dep) return null;
    const y = resolveVariable(ctx, ds, dep, 'value');
    if (y && y.type !== 'number')
      ctx.sink.report('numeric-required', dep.span, { name: y.name, command: 'anova' });
    const factors = resolveAll(ctx, ds, nameList(ctx.cmd, 'factors'), 'value');
    const cond = condition(ctx, ds);
    if (y?.type !== 'number' || !factors || cond === undefined) return null;
    return {
      dataset: ds.name,
      dependent: { name: y.name, type: y.type },
      factors: columns(factors),
      condition: cond,
    };
  },
});
