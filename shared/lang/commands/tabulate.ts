import { TABULATE_OPTIONS } from '../command-kit/tabulate-options';
import { defineVariableListCommand } from '../command-kit/variable-list-command';

/** `tabulate var-list [if] [, options]`: frequency and cross tables, or volume tables with summarize(). */
export const tabulateCommand = defineVariableListCommand({
  name: 'tabulate',
  group: 'descriptive',
  usage: 'tabulate variable-list [if condition] [, options]',
  help: {
    nb: 'Frekvens- og krysstabeller for én eller flere variabler, med prosent, missing og volumtabeller (summarize(var)).',
    en: 'Frequency and cross tables for one or more variables, with percentages, missing values and volume tables (summarize(var)).',
  },
  options: TABULATE_OPTIONS,
  min: 1,
  numeric: false,
  numericOptions: ['summarize'],
});
