import { TABULATE_OPTIONS } from '../command-kit/tabulate-options';
import { defineVariableListCommand } from '../command-kit/variable-list-command';

/** `tabulate-panel var-list [if] [, options]`: tables over the times of a panel. */
export const tabulatePanelCommand = defineVariableListCommand({
  name: 'tabulate-panel',
  group: 'descriptive',
  usage: 'tabulate-panel variable-list [if condition] [, options]',
  help: {
    nb: 'Tabeller for paneldata med tidspunktene (date@panel) i kolonnene.',
    en: 'Tables for panel data with the times (date@panel) in the columns.',
  },
  options: TABULATE_OPTIONS,
  min: 1,
  numeric: false,
  panel: true,
  numericOptions: ['summarize'],
});
