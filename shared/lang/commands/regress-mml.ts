import { defineModelCommand } from '../command-kit/model';
import { MML } from '../command-kit/model-options';
import { keyword, name, names } from '../command-kit/syntax';

/** `regress-mml dependent variable-list by group [group ...] [if condition] [, options]` */
export const regressMmlCommand = defineModelCommand({
  name: 'regress-mml',
  usage: 'regress-mml dependent variable-list by group [group ...] [if condition] [, options]',
  help: {
    nb: 'Flernivå lineær modell (tilfeldige konstantledd) med gruppenivåene etter by, høyeste nivå først.',
    en: 'Multilevel linear model (random intercepts) with the group levels after by, highest level first.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'terms', key: 'terms', min: 1, stop: ['by'], label: 'explanatory variables' },
    keyword('by', names('groups', 'variable', 'group variables', 1, 3)),
  ],
  options: MML,
});
