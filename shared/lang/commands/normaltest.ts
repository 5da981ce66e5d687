import { defineVariableListCommand } from '../command-kit/variable-list-command';

/** `normaltest var-list [if]`: tests of normality. */
export const normaltestCommand = defineVariableListCommand({
  name: 'normaltest',
  group: 'descriptive',
  usage: 'normaltest variable-list [if condition]',
  help: {
    nb: 'Tester om variablene er normalfordelte (skjevhet, kurtose, Jarque-Bera).',
    en: 'Tests whether the variables are normally distributed (skewness, kurtosis, Jarque-Bera).',
  },
  options: [],
  min: 1,
  numeric: true,
});
