import { copyInto, fullCopy, twoDatasets, twoDatasetsPayload } from '../command-kit/copy-dataset';
import { defineCommand } from '../command-kit/define';

/** `rename-dataset dataset new-name` */
export const renameDatasetCommand = defineCommand({
  name: 'rename-dataset',
  group: 'datasets',
  usage: 'rename-dataset dataset new-name',
  help: {
    nb: 'Gir et datasett et nytt navn.',
    en: 'Gives a dataset a new name.',
  },
  syntax: twoDatasets,
  condition: false,
  options: [],
  payload: twoDatasetsPayload,
  check(ctx) {
    const done = copyInto(ctx, fullCopy);
    if (!done) return null;
    ctx.ws.datasets.delete(done.source);
    if (ctx.ws.current === done.source) ctx.ws.current = done.target;
    return done;
  },
});
