import { z } from 'zod';
import { currentDataset, reportDuplicates } from '../check-context';
import { TypedExprSchema } from '../plan-expression';
import type { VariableState } from '../workspace';
import { type CommandDefinition, defineCommand, optionsSchema, resolveOptions } from './define';
import { ColumnSchema, columns, condition, nameList, resolveAll, resolveNumeric } from './shared';
import { type CommandGroup, type Help, names, type OptionSpec } from './syntax';

/** How a command over a variable list is declared. */
export interface VariableListSpec<N extends string, O extends readonly OptionSpec[]> {
  name: N;
  group: CommandGroup;
  usage: string;
  help: Help;
  options: O;
  min: number;
  max?: number;
  numeric: boolean;
  panel?: boolean;
  /** With no variables listed, use every numeric variable of the dataset. */
  defaultAllNumeric?: boolean;
  /** Option variables that must be numeric (e.g. tabulate's summarize()). */
  numericOptions?: readonly string[];
}

/** Declares a command of the form `command var-list [if] [, options]` (tables, summaries, charts). */
export function defineVariableListCommand<N extends string, const O extends readonly OptionSpec[]>(
  spec: VariableListSpec<N, O>,
) {
  const optionSchema = optionsSchema(spec.options);
  return defineCommand({
    name: spec.name,
    group: spec.group,
    usage: spec.usage,
    help: spec.help,
    syntax: [names('variables', 'variable', 'variables', spec.defaultAllNumeric ? 0 : spec.min, spec.max)],
    condition: true,
    options: spec.options,
    payload: {
      dataset: z.string(),
      variables: z.array(ColumnSchema),
      condition: TypedExprSchema.nullable(),
      options: optionSchema,
    },
    check(ctx) {
      const ds = currentDataset(ctx);
      if (!ds) return null;
      if (spec.panel && ds.shape !== 'panel') {
        ctx.sink.report('not-a-panel', ctx.cmd.nameSpan, { command: spec.name, dataset: ds.name });
        return null;
      }
      const items = nameList(ctx.cmd, 'variables');
      reportDuplicates(ctx, items);
      let vars: VariableState[] | null;
      if (items.length === 0 && spec.defaultAllNumeric) {
        vars = [...ds.variables.values()].filter(
          (v) => v.type === 'number' && !v.pseudonymOf && !v.name.includes('@'),
        );
        if (vars.length === 0) ctx.sink.report('empty-dataset', ctx.cmd.nameSpan, { dataset: ds.name });
      } else
        vars = spec.numeric ? resolveNumeric(ctx, ds, items, spec.name) : resolveAll(ctx, ds, items, 'value');
      const cond = condition(ctx, ds);
      const { values } = resolveOptions(ctx, ds, spec.options);
      let ok = vars !== null && cond !== undefined;
      for (const optionName of spec.numericOptions ?? []) {
        const chosen = (values as Record<string, unknown>)[optionName];
        const v = typeof chosen === 'string' ? ds.variables.get(chosen) : undefined;
        if (v && v.type !== 'number') {
          const node = ctx.cmd.options.find((o) => o.name === optionName)!;
          ctx.sink.report('numeric-required', node.span, { name: v.name, command: `${optionName}()` });
          ok = false;
        }
      }
      if (!ok) return null;
      return { dataset: ds.name, variables: columns(vars!), condition: cond ?? null, options: values };
    },
  }) as CommandDefinition<
    N,
    {
      dataset: z.ZodString;
      variables: z.ZodArray<typeof ColumnSchema>;
      condition: z.ZodNullable<typeof TypedExprSchema>;
      options: typeof optionSchema;
    }
  >;
}
