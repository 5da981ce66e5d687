import { z } from 'zod';
import { checkNewDataset } from '../command-kit/dataset-names';
import { defineCommand } from '../command-kit/define';
import { arg } from '../command-kit/shared';
import { name } from '../command-kit/syntax';
import { newDataset } from '../workspace';

/** `create-dataset name`: a new empty dataset, which becomes the one in use. */
export const createDatasetCommand = defineCommand({
  name: 'create-dataset',
  group: 'datasets',
  usage: 'create-dataset new-dataset',
  help: {
    nb: 'Lager et nytt, tomt datasett og tar det i bruk. Den første importen bestemmer populasjonen.',
    en: 'Creates a new, empty dataset and starts using it. The first import decides its population.',
  },
  syntax: [name('name', 'new-dataset', 'a dataset name')],
  condition: false,
  options: [],
  payload: { name: z.string() },
  check(ctx) {
    const n = arg(ctx.cmd, 'name', 'name');
    if (!n) return null;
    if (!checkNewDataset(ctx, n)) {
      if (ctx.ws.datasets.has(n.name)) ctx.ws.current = n.name;
      return null;
    }
    ctx.ws.datasets.set(n.name, newDataset(n.name));
    ctx.ws.current = n.name;
    return { name: n.name };
  },
});
