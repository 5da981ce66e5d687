import { z } from 'zod';
import { findDataset } from '../check-context';
import { defineCommand } from '../command-kit/define';
import { arg } from '../command-kit/shared';
import { name } from '../command-kit/syntax';

/** `use name`: makes another dataset the one in use. */
export const useCommand = defineCommand({
  name: 'use',
  group: 'datasets',
  usage: 'use dataset',
  help: {
    nb: 'Tar i bruk et datasett som finnes; kommandoene etterpå virker på det.',
    en: 'Starts using an existing dataset; the commands that follow work on it.',
  },
  syntax: [name('name', 'dataset', 'a dataset name')],
  condition: false,
  options: [],
  payload: { name: z.string() },
  check(ctx) {
    const n = arg(ctx.cmd, 'name', 'name');
    if (!n) return null;
    const ds = findDataset(ctx, n);
    if (!ds) return null;
    ctx.ws.current = ds.name;
    return { name: ds.name };
  },
});
