import { defineModelCommand } from '../command-kit/model';
import { LOGIT } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `logit dependent variable-list [if condition] [, options]` */
export const logitCommand = defineModelCommand({
  name: 'logit',
  usage: 'logit dependent variable-list [if condition] [, options]',
  help: {
    nb: 'Logistisk regresjon for en avhengig variabel med verdiene 0 og 1.',
    en: 'Logistic regression for a dependent variable with values 0 and 1.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, label: 'explanatory variables' },
  ],
  options: LOGIT,
});
