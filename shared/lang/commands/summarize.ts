import { SUMMARIZE_OPTIONS } from '../command-kit/summarize-options';
import { defineVariableListCommand } from '../command-kit/variable-list-command';

/** `summarize [var-list] [if] [, options]`: key figures of numeric variables (all of them when none is listed). */
export const summarizeCommand = defineVariableListCommand({
  name: 'summarize',
  group: 'descriptive',
  usage: 'summarize [variable-list] [if condition] [, options]',
  help: {
    nb: 'Nøkkeltall (antall, gjennomsnitt, standardavvik, min, maks, persentiler) for numeriske variabler; uten liste alle.',
    en: 'Key figures (count, mean, standard deviation, min, max, percentiles) of numeric variables; all of them without a list.',
  },
  options: SUMMARIZE_OPTIONS,
  min: 1,
  numeric: true,
  defaultAllNumeric: true,
});
