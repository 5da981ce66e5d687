import { defineModelCommand } from '../command-kit/model';
import { COUNT } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `poisson dependent variable-list [if condition] [, options]` */
export const poissonCommand = defineModelCommand({
  name: 'poisson',
  usage: 'poisson dependent variable-list [if condition] [, options]',
  help: {
    nb: 'Poisson-regresjon for tellevariabler.',
    en: 'Poisson regression for count variables.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, label: 'explanatory variables' },
  ],
  options: COUNT,
});
