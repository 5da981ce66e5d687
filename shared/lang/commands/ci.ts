import { option } from '../command-kit/syntax';
import { defineVariableListCommand } from '../command-kit/variable-list-command';

/** `ci var-list [if] [, level(n)]`: confidence intervals of means. */
export const ciCommand = defineVariableListCommand({
  name: 'ci',
  group: 'descriptive',
  usage: 'ci variable-list [if condition] [, level(n)]',
  help: {
    nb: 'Konfidensintervall og standardfeil for gjennomsnittet av hver variabel (95 % som standard).',
    en: 'Confidence interval and standard error of the mean of each variable (95 % by default).',
  },
  options: [option('level', 'number', 'Konfidensnivå i prosent.', 'Confidence level in percent.')],
  min: 1,
  numeric: true,
});
