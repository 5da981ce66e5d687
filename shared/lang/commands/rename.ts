import { z } from 'zod';
import { checkNewVariable, currentDataset, resolveVariable } from '../check-context';
import { defineCommand } from '../command-kit/define';
import { arg } from '../command-kit/shared';
import { name } from '../command-kit/syntax';

/** `rename old new` */
export const renameCommand = defineCommand({
  name: 'rename',
  group: 'variables',
  usage: 'rename variable new-name',
  help: {
    nb: 'Gir en variabel et nytt navn.',
    en: 'Gives a variable a new name.',
  },
  syntax: [name('from', 'variable', 'a variable'), name('to', 'new-variable', 'a new variable name')],
  condition: false,
  options: [],
  payload: { dataset: z.string(), from: z.string(), to: z.string() },
  check(ctx) {
    const from = arg(ctx.cmd, 'from', 'name');
    const to = arg(ctx.cmd, 'to', 'name');
    const ds = currentDataset(ctx);
    if (!from || !to || !ds) return null;
    const v = resolveVariable(ctx, ds, from, 'transport');
    const fresh = checkNewVariable(ctx, ds, to);
    if (!v || !fresh) {
      ds.poisoned.add(to.name);
      return null;
    }
    ds.variables.delete(v.name);
    ds.variables.set(to.name, { ...v, name: to.name });
    return { dataset: ds.name, from: v.name, to: to.name };
  },
});
