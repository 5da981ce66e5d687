import { SUMMARIZE_OPTIONS } from '../command-kit/summarize-options';
import { defineVariableListCommand } from '../command-kit/variable-list-command';

/** `summarize-panel var-list [if] [, options]`: key figures per panel time. */
export const summarizePanelCommand = defineVariableListCommand({
  name: 'summarize-panel',
  group: 'descriptive',
  usage: 'summarize-panel [variable-list] [if condition] [, options]',
  help: {
    nb: 'Som summarize, men for hvert tidspunkt i et paneldatasett.',
    en: 'Like summarize, but for each time of a panel dataset.',
  },
  options: SUMMARIZE_OPTIONS,
  min: 1,
  numeric: true,
  panel: true,
  defaultAllNumeric: true,
});
