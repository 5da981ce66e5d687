import { defineModelCommand } from '../command-kit/model';
import { PANEL } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `hausman dependent variable-list [if condition] [, options]` */
export const hausmanCommand = defineModelCommand({
  name: 'hausman',
  usage: 'hausman dependent variable-list [if condition] [, options]',
  help: {
    nb: 'Hausman-test: sammenligner faste og tilfeldige effekter i en panelregresjon.',
    en: 'Hausman test: compares fixed and random effects in a panel regression.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, label: 'explanatory variables' },
  ],
  options: PANEL,
  panel: true,
});
