import { copyInto, fullCopy, twoDatasets, twoDatasetsPayload } from '../command-kit/copy-dataset';
import { defineCommand } from '../command-kit/define';

/** `clone-dataset dataset new-dataset`: a full copy under a new name. */
export const cloneDatasetCommand = defineCommand({
  name: 'clone-dataset',
  group: 'datasets',
  usage: 'clone-dataset dataset new-dataset',
  help: {
    nb: 'Lager en full kopi av et datasett med et nytt navn.',
    en: 'Makes a full copy of a dataset under a new name.',
  },
  syntax: twoDatasets,
  condition: false,
  options: [],
  payload: twoDatasetsPayload,
  check: (ctx) => copyInto(ctx, fullCopy),
});
