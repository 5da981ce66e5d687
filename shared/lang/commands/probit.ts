import { defineModelCommand } from '../command-kit/model';
import { PROBIT } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `probit dependent variable-list [if condition] [, options]` */
export const probitCommand = defineModelCommand({
  name: 'probit',
  usage: 'probit dependent variable-list [if condition] [, options]',
  help: {
    nb: 'Probit-regresjon for en avhengig variabel med verdiene 0 og 1.',
    en: 'Probit regression for a dependent variable with values 0 and 1.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, label: 'explanatory variables' },
  ],
  options: PROBIT,
});
