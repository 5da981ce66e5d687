import { z } from 'zod';
import { currentDataset, resolveVariable } from '../check-context';
import { defineCommand } from '../command-kit/define';
import { arg } from '../command-kit/shared';
import { name } from '../command-kit/syntax';
import { closestName } from '../suggest';

/** `assign-labels variable label-set`: shows the set's labels for the variable's values in output. */
export const assignLabelsCommand = defineCommand({
  name: 'assign-labels',
  group: 'labels',
  usage: 'assign-labels variable label-set',
  help: {
    nb: 'Knytter en labelliste fra define-labels til en variabel, så verdiene vises med labels i tabeller og figurer.',
    en: 'Attaches a label set from define-labels to a variable, so that its values show with labels in tables and charts.',
  },
  syntax: [name('variable', 'variable', 'a variable'), name('labels', 'label-set', 'a label set')],
  condition: false,
  options: [],
  payload: { dataset: z.string(), variable: z.string(), labels: z.string() },
  check(ctx) {
    const variable = arg(ctx.cmd, 'variable', 'name');
    const labels = arg(ctx.cmd, 'labels', 'name');
    const ds = currentDataset(ctx);
    if (!variable || !labels || !ds) return null;
    const v = resolveVariable(ctx, ds, variable, 'value');
    const set = ctx.ws.labelSets.get(labels.name);
    if (!set) {
      ctx.sink.report('unknown-label-set', labels.span, {
        name: labels.name,
        hint: closestName(labels.name, ctx.ws.labelSets.keys()),
      });
      return null;
    }
    if (!v) return null;
    if (set.type !== v.type)
      ctx.sink.report('label-type-mismatch', labels.span, { name: v.name, labels: labels.name });
    v.labels = labels.name;
    return { dataset: ds.name, variable: v.name, labels: labels.name };
  },
});
