import { defineModelCommand } from '../command-kit/model';
import { EFFECTS, PANEL, PREDICTED, RESIDUALS } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `regress-panel-predict dependent variable-list [if condition] [, predicted(name) residuals(name) effects(name)]` */
export const regressPanelPredictCommand = defineModelCommand({
  name: 'regress-panel-predict',
  usage:
    'regress-panel-predict dependent variable-list [if condition] [, predicted(name) residuals(name) effects(name)]',
  help: {
    nb: 'Som regress-panel, men lagrer prediksjoner, residualer og enhetseffekter som nye variabler.',
    en: 'Like regress-panel, but stores predictions, residuals and unit effects as new variables.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, label: 'explanatory variables' },
  ],
  options: [...PANEL, PREDICTED, RESIDUALS, EFFECTS],
  panel: true,
  predicts: true,
});
