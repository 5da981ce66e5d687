import { z } from 'zod';
import { currentDataset } from '../check-context';
import { defineCommand } from '../command-kit/define';
import { ByKeySchema, checkBy, checkStatItems, StatItemSchema } from '../command-kit/stat-items';
import { option } from '../command-kit/syntax';
import type { VariableState } from '../workspace';

const COLLAPSE_OPTIONS = [
  option(
    'by',
    'variable',
    'Én rad per verdi av denne variabelen (ny enhet).',
    'One row per value of this variable (the new unit).',
  ),
] as const;

/** `collapse (stat) var [-> new] ... , by(var)`: one row per value of the by-variable. */
export const collapseCommand = defineCommand({
  name: 'collapse',
  group: 'variables',
  usage: 'collapse (statistic) variable [-> new-name] [...] , by(variable)',
  help: {
    nb: 'Aggregerer datasettet til én rad per verdi av by-variabelen. Bare de aggregerte variablene er igjen; by-variabelen blir ny enhet.',
    en: 'Aggregates the dataset to one row per value of the by variable. Only the aggregated variables remain; the by variable becomes the new unit.',
  },
  syntax: [{ kind: 'stat-groups', key: 'groups', label: '(statistic) variables' }],
  condition: false,
  options: COLLAPSE_OPTIONS,
  payload: { dataset: z.string(), items: z.array(StatItemSchema), by: ByKeySchema },
  check(ctx) {
    const ds = currentDataset(ctx);
    if (!ds) return null;
    const items = checkStatItems(ctx, ds);
    const by = checkBy(ctx, ds);
    if (by === null)
      ctx.sink.report('missing-option', ctx.cmd.nameSpan, { option: 'by()', command: 'collapse' });
    if (!items || !by) {
      ds.exact = false;
      return null;
    }
    const next = new Map<string, VariableState>();
    for (const { item, source, at } of items) {
      if (next.has(item.target) || item.target === by.name) {
        ctx.sink.report('variable-exists', at.span, { name: item.target, dataset: ds.name });
        return null;
      }
      next.set(item.target, {
        ...source,
        name: item.target,
        type: item.type,
        pseudonymOf: null,
        labels: item.type === source.type ? source.labels : null,
      });
    }
    const byVar = ds.variables.get(by.name);
    if (byVar && !by.pseudonymOf) next.set(by.name, byVar);
    ds.unit =
      by.isUnitId || by.pseudonymOf
        ? { kind: 'unit', unitType: by.pseudonymOf! }
        : { kind: 'values', variable: by.name, type: by.type };
    ds.variables = next;
    ds.shape = 'cross-section';
    ds.panelValues = null;
    ds.patterns = [];
    return { dataset: ds.name, items: items.map((i) => i.item), by };
  },
});
