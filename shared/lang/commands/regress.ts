import { defineModelCommand } from '../command-kit/model';
import { REGRESS } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `regress dependent variable-list [if condition] [, options]` */
export const regressCommand = defineModelCommand({
  name: 'regress',
  usage: 'regress dependent variable-list [if condition] [, options]',
  help: {
    nb: 'Lineær regresjon (OLS). Faktorsyntaks: i.var gir dummyer, c.var er kontinuerlig, a#b samspill, a##b full faktoriell.',
    en: 'Linear regression (OLS). Factor syntax: i.var gives dummies, c.var is continuous, a#b an interaction, a##b full factorial.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, label: 'explanatory variables' },
  ],
  options: REGRESS,
});
