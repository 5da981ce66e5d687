import { z } from 'zod';
import { findDataset } from '../check-context';
import { defineCommand } from '../command-kit/define';
import { arg } from '../command-kit/shared';
import { name } from '../command-kit/syntax';

/** `delete-dataset name`: removes a dataset and its variables. */
export const deleteDatasetCommand = defineCommand({
  name: 'delete-dataset',
  group: 'datasets',
  usage: 'delete-dataset dataset',
  help: {
    nb: 'Sletter et datasett med alle variablene. Er det i bruk, er ingen datasett i bruk etterpå.',
    en: 'Deletes a dataset with all its variables. If it is in use, no dataset is in use afterwards.',
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
    ctx.ws.datasets.delete(ds.name);
    if (ctx.ws.current === ds.name) ctx.ws.current = null;
    return { name: ds.name };
  },
});
