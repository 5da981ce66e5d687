import { defineModelCommand } from '../command-kit/model';
import { BASE } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `regress-panel-diff dependent group treated [variable-list] [if condition] [, options]` */
export const regressPanelDiffCommand = defineModelCommand({
  name: 'regress-panel-diff',
  usage: 'regress-panel-diff dependent group treated [variable-list] [if condition] [, options]',
  help: {
    nb: 'Forskjell-i-forskjeller på paneldata: group er 1 for behandlingsgruppen, treated er 1 fra behandlingen.',
    en: 'Difference-in-differences on panel data: group is 1 for the treatment group, treated is 1 from the treatment on.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    name('group', 'variable', 'a group dummy'),
    name('treated', 'variable', 'a treated dummy'),
    { kind: 'terms', key: 'terms', min: 0, label: 'control variables' },
  ],
  options: BASE,
  panel: true,
  roles: ['group', 'treated'],
});
