import { flag } from '../command-kit/syntax';
import { defineVariableListCommand } from '../command-kit/variable-list-command';

/** `sankey var var ... [if]`: flows between the categories of two or more variables. */
export const sankeyCommand = defineVariableListCommand({
  name: 'sankey',
  group: 'graphs',
  usage: 'sankey variable variable [variable ...] [if condition]',
  help: {
    nb: 'Flytdiagram: hvordan enhetene fordeler seg mellom kategoriene fra én variabel til den neste.',
    en: 'Flow diagram: how units move between the categories from one variable to the next.',
  },
  options: [
    flag('missing', 'Tar med missing som egen kategori.', 'Includes missing as a category.'),
    flag('nolabels', 'Viser koder i stedet for labels.', 'Shows codes instead of labels.'),
  ],
  min: 2,
  numeric: false,
});
