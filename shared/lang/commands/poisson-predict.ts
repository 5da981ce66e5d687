import { defineModelCommand } from '../command-kit/model';
import { COUNT, PREDICTED, RESIDUALS } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `poisson-predict dependent variable-list [if condition] [, predicted(name) residuals(name)]` */
export const poissonPredictCommand = defineModelCommand({
  name: 'poisson-predict',
  usage: 'poisson-predict dependent variable-list [if condition] [, predicted(name) residuals(name)]',
  help: {
    nb: 'Som poisson, men lagrer prediksjoner og residualer som nye variabler.',
    en: 'Like poisson, but stores predictions and residuals as new variables.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, label: 'explanatory variables' },
  ],
  options: [...COUNT, PREDICTED, RESIDUALS],
  predicts: true,
});
