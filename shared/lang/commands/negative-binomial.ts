import { defineModelCommand } from '../command-kit/model';
import { COUNT } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `negative-binomial dependent variable-list [if condition] [, options]` */
export const negativeBinomialCommand = defineModelCommand({
  name: 'negative-binomial',
  usage: 'negative-binomial dependent variable-list [if condition] [, options]',
  help: {
    nb: 'Negativ binomisk regresjon for tellevariabler med overspredning.',
    en: 'Negative binomial regression for overdispersed count variables.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, label: 'explanatory variables' },
  ],
  options: COUNT,
});
