import { defineModelCommand } from '../command-kit/model';
import { PANEL } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `regress-panel dependent variable-list [if condition] [, fe | re | be | pooled ...]` */
export const regressPanelCommand = defineModelCommand({
  name: 'regress-panel',
  usage: 'regress-panel dependent variable-list [if condition] [, fe | re | be | pooled ...]',
  help: {
    nb: 'Regresjon på paneldata med faste (fe, standard), tilfeldige (re) eller mellom-effekter (be).',
    en: 'Panel-data regression with fixed (fe, default), random (re) or between (be) effects.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, label: 'explanatory variables' },
  ],
  options: PANEL,
  panel: true,
});
