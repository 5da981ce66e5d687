import { defineModelCommand } from '../command-kit/model';
import { PREDICTED, PROBABILITIES, PROBIT, RESIDUALS } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `probit-predict dependent variable-list [if condition] [, predicted(name) probabilities(name)]` */
export const probitPredictCommand = defineModelCommand({
  name: 'probit-predict',
  usage: 'probit-predict dependent variable-list [if condition] [, predicted(name) probabilities(name)]',
  help: {
    nb: 'Som probit, men lagrer prediksjoner og sannsynligheter som nye variabler.',
    en: 'Like probit, but stores predictions and probabilities as new variables.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, label: 'explanatory variables' },
  ],
  options: [...PROBIT, PREDICTED, RESIDUALS, PROBABILITIES],
  predicts: true,
});
