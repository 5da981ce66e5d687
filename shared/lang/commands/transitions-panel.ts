import { flag } from '../command-kit/syntax';
import { defineVariableListCommand } from '../command-kit/variable-list-command';

/** `transitions-panel var-list [if]`: transition tables between panel times. */
export const transitionsPanelCommand = defineVariableListCommand({
  name: 'transitions-panel',
  group: 'descriptive',
  usage: 'transitions-panel variable-list [if condition] [, options]',
  help: {
    nb: 'Overgangstabeller: hvordan enhetene flytter mellom kategorier fra ett tidspunkt til det neste i et panel.',
    en: 'Transition tables: how units move between categories from one time to the next in a panel.',
  },
  options: [
    flag('missing', 'Tar med missing som egen kategori.', 'Includes missing as a category.'),
    flag('nolabels', 'Viser koder i stedet for labels.', 'Shows codes instead of labels.'),
    flag('freq', 'Viser antall i stedet for andeler.', 'Shows counts instead of shares.'),
  ],
  min: 1,
  numeric: false,
  panel: true,
});
