import { defineModelCommand } from '../command-kit/model';
import { MLOGIT } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `mlogit dependent variable-list [if condition] [, options]` */
export const mlogitCommand = defineModelCommand({
  name: 'mlogit',
  usage: 'mlogit dependent variable-list [if condition] [, options]',
  help: {
    nb: 'Multinomisk logistisk regresjon for en avhengig variabel med flere kategorier.',
    en: 'Multinomial logistic regression for a dependent variable with several categories.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, label: 'explanatory variables' },
  ],
  options: MLOGIT,
});
