import { copyInto, twoDatasets, twoDatasetsPayload, unitsOnly } from '../command-kit/copy-dataset';
import { defineCommand } from '../command-kit/define';

/** `clone-units dataset new-dataset`: a new dataset with the same units and no variables. */
export const cloneUnitsCommand = defineCommand({
  name: 'clone-units',
  group: 'datasets',
  usage: 'clone-units dataset new-dataset',
  help: {
    nb: 'Lager et nytt datasett med de samme enhetene (populasjonen), men uten variabler.',
    en: 'Creates a new dataset with the same units (population) but no variables.',
  },
  syntax: twoDatasets,
  condition: false,
  options: [],
  payload: twoDatasetsPayload,
  check: (ctx) => copyInto(ctx, unitsOnly),
});
