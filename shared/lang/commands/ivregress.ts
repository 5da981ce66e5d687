import { defineModelCommand } from '../command-kit/model';
import { IVREGRESS } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `ivregress dependent [exogenous] (endogenous = instruments) [exogenous] [if condition] [, options]` */
export const ivregressCommand = defineModelCommand({
  name: 'ivregress',
  usage: 'ivregress dependent [exogenous] (endogenous = instruments) [exogenous] [if condition] [, options]',
  help: {
    nb: 'Regresjon med instrumentvariabler (2SLS): de endogene variablene og instrumentene står i parentes.',
    en: 'Instrumental-variables regression (2SLS): the endogenous variables and the instruments go in parentheses.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    { kind: 'iv-terms', key: 'terms', label: 'variables with (endogenous = instruments)' },
  ],
  options: IVREGRESS,
});
