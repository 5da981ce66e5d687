import { flag } from '../command-kit/syntax';
import { defineVariableListCommand } from '../command-kit/variable-list-command';

/** `correlate var-list [if] [, options]`: a correlation (or covariance) matrix. */
export const correlateCommand = defineVariableListCommand({
  name: 'correlate',
  group: 'descriptive',
  usage: 'correlate variable-list [if condition] [, covariance pairwise obs sig]',
  help: {
    nb: 'Korrelasjonsmatrise for numeriske variabler, eller kovarians.',
    en: 'Correlation matrix of numeric variables, or covariances.',
  },
  options: [
    flag(
      'covariance',
      'Viser kovarianser i stedet for korrelasjoner.',
      'Shows covariances instead of correlations.',
    ),
    flag(
      'pairwise',
      'Bruker alle enheter med verdi på hvert par.',
      'Uses all units with values on each pair.',
    ),
    flag('obs', 'Viser antall enheter bak hvert tall.', 'Shows the number of units behind each figure.'),
    flag('sig', 'Viser signifikansnivå.', 'Shows significance levels.'),
  ],
  min: 2,
  numeric: true,
});
