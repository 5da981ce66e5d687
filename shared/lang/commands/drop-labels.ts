import { z } from 'zod';
import { defineCommand } from '../command-kit/define';
import { nameList } from '../command-kit/shared';
import { names } from '../command-kit/syntax';
import { closestName } from '../suggest';

/** `drop-labels name ...`: removes label sets. */
export const dropLabelsCommand = defineCommand({
  name: 'drop-labels',
  group: 'labels',
  usage: 'drop-labels label-set [label-set ...]',
  help: {
    nb: 'Sletter labellister som ikke trengs lenger.',
    en: 'Deletes label sets that are no longer needed.',
  },
  syntax: [names('names', 'label-set', 'label sets')],
  condition: false,
  options: [],
  payload: { names: z.array(z.string()) },
  check(ctx) {
    const items = nameList(ctx.cmd, 'names');
    let ok = items.length > 0;
    for (const n of items) {
      if (!ctx.ws.labelSets.delete(n.name)) {
        ctx.sink.report('unknown-label-set', n.span, {
          name: n.name,
          hint: closestName(n.name, ctx.ws.labelSets.keys()),
        });
        ok = false;
      }
    }
    return ok ? { names: items.map((n) => n.name) } : null;
  },
});
