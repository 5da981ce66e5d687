import { z } from 'zod';
import { checkNewVariable, currentDataset, resolveVariable } from '../check-context';
import { defineCommand, resolveOptions } from '../command-kit/define';
import { arg } from '../command-kit/shared';
import { option } from '../command-kit/syntax';

const CLONE_OPTIONS = [
  option('prefix', 'string', 'Kopiene får dette foran navnet.', 'The copies get this before their names.'),
  option('suffix', 'string', 'Kopiene får dette etter navnet.', 'The copies get this after their names.'),
] as const;

/** `clone-variables var [-> new] ... [, prefix() suffix()]`: copies of variables. */
export const cloneVariablesCommand = defineCommand({
  name: 'clone-variables',
  group: 'variables',
  usage: 'clone-variables variable [-> new-name] [...] [, prefix(text) suffix(text)]',
  help: {
    nb: 'Lager kopier av variabler, med nye navn gitt med -> eller med prefiks og suffiks.',
    en: 'Makes copies of variables, named with -> or with a prefix and suffix.',
  },
  syntax: [{ kind: 'clone-pairs', key: 'pairs', label: 'variables' }],
  condition: false,
  options: CLONE_OPTIONS,
  payload: { dataset: z.string(), pairs: z.array(z.object({ source: z.string(), target: z.string() })) },
  check(ctx) {
    const pairs = arg(ctx.cmd, 'pairs', 'clone-pairs');
    const ds = currentDataset(ctx);
    if (!pairs || !ds) return null;
    const { values } = resolveOptions(ctx, ds, CLONE_OPTIONS);
    const taken = new Set<string>();
    const out: { source: string; target: string }[] = [];
    let ok = true;
    for (const item of pairs.items) {
      const v = resolveVariable(ctx, ds, item.source, 'transport');
      const targetName =
        item.target?.name ?? `${values.prefix ?? ''}${item.source.name}${values.suffix ?? ''}`;
      const target = item.target ?? { kind: 'name' as const, name: targetName, span: item.source.span };
      if (!item.target && values.prefix === undefined && values.suffix === undefined) {
        ctx.sink.report('expected', item.source.span, {
          what_nb: '-> nytt navn, eller opsjonen prefix() eller suffix()',
          what_en: '-> new name, or the option prefix() or suffix()',
          found: item.source.name,
        });
        ok = false;
        continue;
      }
      if (!checkNewVariable(ctx, ds, target, taken) || !v) {
        ds.poisoned.add(targetName);
        ok = false;
        continue;
      }
      taken.add(targetName);
      out.push({ source: v.name, target: targetName });
    }
    for (const p of out) ds.variables.set(p.target, { ...ds.variables.get(p.source)!, name: p.target });
    return ok ? { dataset: ds.name, pairs: out } : null;
  },
});
