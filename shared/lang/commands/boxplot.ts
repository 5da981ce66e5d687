import { option } from '../command-kit/syntax';
import { defineVariableListCommand } from '../command-kit/variable-list-command';

/** `boxplot var-list [if] [, over(var)]` */
export const boxplotCommand = defineVariableListCommand({
  name: 'boxplot',
  group: 'graphs',
  usage: 'boxplot variable-list [if condition] [, over(variable) by(variable)]',
  help: {
    nb: 'Boksplott for numeriske variabler, eventuelt per gruppe.',
    en: 'Box plots of numeric variables, optionally per group.',
  },
  options: [
    option(
      'over',
      'variable',
      'Én boks per verdi av denne variabelen.',
      'One box per value of this variable.',
    ),
    option(
      'by',
      'variable',
      'Ett plott per verdi av denne variabelen.',
      'One plot per value of this variable.',
    ),
  ],
  min: 1,
  numeric: true,
});
