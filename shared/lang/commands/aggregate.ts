import { z } from 'zod';
import { checkNewVariable, currentDataset } from '../check-context';
import { defineCommand } from '../command-kit/define';
import { ByKeySchema, checkBy, checkStatItems, StatItemSchema } from '../command-kit/stat-items';
import { option } from '../command-kit/syntax';

const AGGREGATE_OPTIONS = [
  option(
    'by',
    'variable',
    'Statistikken regnes innen hver verdi av denne variabelen.',
    'The statistic is computed within each value of this variable.',
  ),
] as const;

/** `aggregate (stat) var -> new ... [, by(var)]`: group statistics added as new variables; units stay. */
export const aggregateCommand = defineCommand({
  name: 'aggregate',
  group: 'variables',
  usage: 'aggregate (statistic) variable -> new-name [...] [, by(variable)]',
  help: {
    nb: 'Regner ut statistikk innen grupper og legger den til som nye variabler; enhetene beholdes.',
    en: 'Computes statistics within groups and adds them as new variables; the units stay.',
  },
  syntax: [{ kind: 'stat-groups', key: 'groups', label: '(statistic) variables' }],
  condition: false,
  options: AGGREGATE_OPTIONS,
  payload: { dataset: z.string(), items: z.array(StatItemSchema), by: ByKeySchema.nullable() },
  check(ctx) {
    const ds = currentDataset(ctx);
    if (!ds) return null;
    const items = checkStatItems(ctx, ds);
    const by = checkBy(ctx, ds);
    if (!items || by === undefined) return null;
    const taken = new Set<string>();
    for (const { item, at } of items) {
      if (!checkNewVariable(ctx, ds, { ...at, name: item.target }, taken)) return null;
      taken.add(item.target);
    }
    for (const { item } of items) {
      ds.variables.set(item.target, {
        name: item.target,
        type: item.type,
        valueType: item.type === 'string' ? 'string' : 'decimal',
        pseudonymOf: null,
        labels: null,
        source: null,
      });
    }
    return { dataset: ds.name, items: items.map((i) => i.item), by };
  },
});
