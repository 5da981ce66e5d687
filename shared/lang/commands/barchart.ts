import { z } from 'zod';
import { currentDataset, reportDuplicates } from '../check-context';
import { defineCommand, optionsSchema, resolveOptions } from '../command-kit/define';
import {
  arg,
  ColumnSchema,
  columns,
  condition,
  nameList,
  resolveAll,
  resolveNumeric,
} from '../command-kit/shared';
import { flag, names, option } from '../command-kit/syntax';
import { TypedExprSchema } from '../plan-expression';
import { findStatistic, statistics } from '../statistics';
import { closestName } from '../suggest';

const BARCHART_OPTIONS = [
  option(
    'over',
    'variable',
    'Én søylegruppe per verdi av denne variabelen.',
    'One group of bars per value of this variable.',
  ),
  option(
    'by',
    'variable',
    'Ett diagram per verdi av denne variabelen.',
    'One chart per value of this variable.',
  ),
  flag('horizontal', 'Liggende søyler.', 'Horizontal bars.'),
  flag('stack', 'Stabler søylene.', 'Stacks the bars.'),
  flag('missing', 'Tar med missing som egen kategori.', 'Includes missing as a category.'),
  flag('nolabels', 'Viser koder i stedet for labels.', 'Shows codes instead of labels.'),
] as const;

/** `barchart [(statistic)] var-list [if] [, over(var)]` */
export const barchartCommand = defineCommand({
  name: 'barchart',
  group: 'graphs',
  usage: 'barchart [(statistic)] variable-list [if condition] [, over(variable) ...]',
  help: {
    nb: 'Søylediagram med en statistikk (count som standard, eller mean, median, sum, ...) for hver variabel, eventuelt per gruppe.',
    en: 'Bar chart of a statistic (count by default, or mean, median, sum, ...) for each variable, optionally per group.',
  },
  syntax: [
    { kind: 'statistic', key: 'statistic', optional: true, label: '(statistic)' },
    names('variables', 'variable', 'variables'),
  ],
  condition: true,
  options: BARCHART_OPTIONS,
  payload: {
    dataset: z.string(),
    statistic: z.string(),
    variables: z.array(ColumnSchema),
    condition: TypedExprSchema.nullable(),
    options: optionsSchema(BARCHART_OPTIONS),
  },
  check(ctx) {
    const ds = currentDataset(ctx);
    if (!ds) return null;
    const statArg = arg(ctx.cmd, 'statistic', 'statistic');
    const statName = statArg?.stat ?? 'count';
    const stat = findStatistic(statName);
    if (!stat)
      ctx.sink.report('unknown-statistic', statArg!.span, {
        name: statName,
        hint: closestName(
          statName,
          statistics.map((s) => s.name),
        ),
      });
    const items = nameList(ctx.cmd, 'variables');
    reportDuplicates(ctx, items);
    const vars = stat?.anyType
      ? resolveAll(ctx, ds, items, 'value')
      : resolveNumeric(ctx, ds, items, `barchart (${statName})`);
    const cond = condition(ctx, ds);
    const { values } = resolveOptions(ctx, ds, BARCHART_OPTIONS);
    if (!stat || !vars || cond === undefined) return null;
    return {
      dataset: ds.name,
      statistic: statName,
      variables: columns(vars),
      condition: cond,
      options: values,
    };
  },
});
