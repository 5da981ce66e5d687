import { defineModelCommand } from '../command-kit/model';
import { LOGIT, PREDICTED, PROBABILITIES, RESIDUALS } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `logit-predict dependent variable-list [if condition] [, predicted(name) residuals(name) probabilities(name)]` */
export const logitPredictCommand = defineModelCommand({
  name: 'logit-predict',
  usage:
    'logit-predict dependent variable-list [if condition] [, predicted(name) residuals(name) probabilities(name)]',
  help: {
    nb: 'Som logit, men lagrer prediksjoner, residualer og sannsynligheter som nye variabler.',
    en: 'Like logit, but stores predictions, residuals and probabilities as new variables.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, label: 'explanatory variables' },
  ],
  options: [...LOGIT, PREDICTED, RESIDUALS, PROBABILITIES],
  predicts: true,
});
