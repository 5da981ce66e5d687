import { defineModelCommand } from '../command-kit/model';
import { OAXACA } from '../command-kit/model-options';
import { keyword, name } from '../command-kit/syntax';

/** `oaxaca dependent variable-list by group [if condition] [, options]` */
export const oaxacaCommand = defineModelCommand({
  name: 'oaxaca',
  usage: 'oaxaca dependent variable-list by group [if condition] [, options]',
  help: {
    nb: 'Oaxaca-Blinder-dekomponering av forskjellen i gjennomsnitt mellom to grupper i forklart og uforklart del.',
    en: 'Oaxaca-Blinder decomposition of the difference in means between two groups into explained and unexplained parts.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, stop: ['by'], label: 'explanatory variables' },
    keyword('by', name('groups', 'variable', 'a group variable')),
  ],
  options: OAXACA,
});
