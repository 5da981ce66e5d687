import { defineModelCommand } from '../command-kit/model';
import { COOKSD, PREDICTED, REGRESS, RESIDUALS } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `regress-predict dependent variable-list [if condition] [, predicted(name) residuals(name) cooksd(name)]` */
export const regressPredictCommand = defineModelCommand({
  name: 'regress-predict',
  usage:
    'regress-predict dependent variable-list [if condition] [, predicted(name) residuals(name) cooksd(name)]',
  help: {
    nb: "Som regress, men lagrer predikerte verdier, residualer og Cook's distance som nye variabler (standard: predicted).",
    en: "Like regress, but stores predicted values, residuals and Cook's distance as new variables (default: predicted).",
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, label: 'explanatory variables' },
  ],
  options: [...REGRESS, PREDICTED, RESIDUALS, COOKSD],
  predicts: true,
});
