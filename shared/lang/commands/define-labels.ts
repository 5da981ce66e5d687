import { z } from 'zod';
import { isPlainName } from '../check-context';
import { defineCommand } from '../command-kit/define';
import { arg } from '../command-kit/shared';
import { name } from '../command-kit/syntax';

/** `define-labels name value label [value label ...]`: a label set for assign-labels. */
export const defineLabelsCommand = defineCommand({
  name: 'define-labels',
  group: 'labels',
  usage: 'define-labels name value label [value label ...]',
  help: {
    nb: "Definerer en labelliste: par av verdi og label, som '03' Oslo eller 1 'Mann'. Knyttes til variabler med assign-labels.",
    en: "Defines a label set: pairs of value and label, like '03' Oslo or 1 'Male'. Attach it to variables with assign-labels.",
  },
  syntax: [
    name('name', 'label-set', 'a label set name'),
    { kind: 'labels', key: 'pairs', label: 'values and labels' },
  ],
  condition: false,
  options: [],
  payload: {
    name: z.string(),
    type: z.enum(['number', 'string']),
    entries: z.array(z.object({ value: z.union([z.number(), z.string()]), label: z.string() })),
  },
  check(ctx) {
    const n = arg(ctx.cmd, 'name', 'name');
    const pairs = arg(ctx.cmd, 'pairs', 'labels');
    if (!n || !pairs) return null;
    if (!isPlainName(n.name)) {
      ctx.sink.report('invalid-name', n.span, { name: n.name });
      return null;
    }
    const type = typeof pairs.pairs[0]!.value === 'number' ? ('number' as const) : ('string' as const);
    const mixed = pairs.pairs.find((p) => (typeof p.value === 'number' ? 'number' : 'string') !== type);
    if (mixed) {
      ctx.sink.report('label-values-mixed', mixed.valueSpan);
      return null;
    }
    ctx.ws.labelSets.set(n.name, { type });
    return { name: n.name, type, entries: pairs.pairs.map((p) => ({ value: p.value, label: p.label })) };
  },
});
