import { defineModelCommand } from '../command-kit/model';
import { IVREGRESS, PREDICTED, RESIDUALS } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `ivregress-predict dependent [exogenous] (endogenous = instruments) [if condition] [, predicted(name) residuals(name)]` */
export const ivregressPredictCommand = defineModelCommand({
  name: 'ivregress-predict',
  usage:
    'ivregress-predict dependent [exogenous] (endogenous = instruments) [if condition] [, predicted(name) residuals(name)]',
  help: {
    nb: 'Som ivregress, men lagrer prediksjoner og residualer som nye variabler.',
    en: 'Like ivregress, but stores predictions and residuals as new variables.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'iv-terms', key: 'terms', label: 'variables with (endogenous = instruments)' },
  ],
  options: [...IVREGRESS, PREDICTED, RESIDUALS],
  predicts: true,
});
