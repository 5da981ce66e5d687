import { option } from '../command-kit/syntax';
import { defineVariableListCommand } from '../command-kit/variable-list-command';

/** `hexbin y x [if]`: a two-dimensional density in hexagons (never single points). */
export const hexbinCommand = defineVariableListCommand({
  name: 'hexbin',
  group: 'graphs',
  usage: 'hexbin variable variable [if condition] [, gridsize(n)]',
  help: {
    nb: 'Todimensjonal fordeling av to numeriske variabler som tetthet i sekskanter.',
    en: 'Two-dimensional distribution of two numeric variables as density in hexagons.',
  },
  options: [option('gridsize', 'integer', 'Antall sekskanter i bredden.', 'Number of hexagons across.')],
  min: 2,
  max: 2,
  numeric: true,
});
