import { flag } from '../command-kit/syntax';
import { defineVariableListCommand } from '../command-kit/variable-list-command';

/** `piechart var [if]` */
export const piechartCommand = defineVariableListCommand({
  name: 'piechart',
  group: 'graphs',
  usage: 'piechart variable [if condition] [, missing nolabels]',
  help: {
    nb: 'Kakediagram over fordelingen av en kategorisk variabel.',
    en: 'Pie chart of the distribution of a categorical variable.',
  },
  options: [
    flag('missing', 'Tar med missing som egen kategori.', 'Includes missing as a category.'),
    flag('nolabels', 'Viser koder i stedet for labels.', 'Shows codes instead of labels.'),
  ],
  min: 1,
  max: 1,
  numeric: false,
});
