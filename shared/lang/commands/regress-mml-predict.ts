import { defineModelCommand } from '../command-kit/model';
import { MML, PREDICTED, RESIDUALS } from '../command-kit/model-options';
import { keyword, name, names } from '../command-kit/syntax';

/** `regress-mml-predict dependent variable-list by group [group ...] [if condition] [, predicted(name) residuals(name)]` */
export const regressMmlPredictCommand = defineModelCommand({
  name: 'regress-mml-predict',
  usage:
    'regress-mml-predict dependent variable-list by group [group ...] [if condition] [, predicted(name) residuals(name)]',
  help: {
    nb: 'Som regress-mml, men lagrer prediksjoner og residualer som nye variabler.',
    en: 'Like regress-mml, but stores predictions and residuals as new variables.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, stop: ['by'], label: 'explanatory variables' },
    keyword('by', names('groups', 'variable', 'group variables', 1, 3)),
  ],
  options: [...MML, PREDICTED, RESIDUALS],
  predicts: true,
});
