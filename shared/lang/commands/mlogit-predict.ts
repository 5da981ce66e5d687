import { defineModelCommand } from '../command-kit/model';
import { MLOGIT, PREDICTED, PROBABILITIES } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `mlogit-predict dependent variable-list [if condition] [, predicted(name) probabilities(name)]` */
export const mlogitPredictCommand = defineModelCommand({
  name: 'mlogit-predict',
  usage: 'mlogit-predict dependent variable-list [if condition] [, predicted(name) probabilities(name)]',
  help: {
    nb: 'Som mlogit, men lagrer prediksjoner og sannsynligheter per kategori som nye variabler navn_1, navn_2, ...',
    en: 'Like mlogit, but stores predictions and probabilities per category as new variables name_1, name_2, ...',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, label: 'explanatory variables' },
  ],
  options: [...MLOGIT, PREDICTED, PROBABILITIES],
  predicts: true,
  perCategory: true,
});
