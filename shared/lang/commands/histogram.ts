import { exclusive, flag, option } from '../command-kit/syntax';
import { defineVariableListCommand } from '../command-kit/variable-list-command';

/** `histogram var [if] [, options]` */
export const histogramCommand = defineVariableListCommand({
  name: 'histogram',
  group: 'graphs',
  usage: 'histogram variable [if condition] [, options]',
  help: {
    nb: 'Histogram for en numerisk variabel: tetthet som standard, eller antall, andel eller prosent.',
    en: 'Histogram of a numeric variable: density by default, or counts, fractions or percentages.',
  },
  options: [
    ...exclusive(
      'scale',
      flag('density', 'Viser tetthet (standard).', 'Shows density (default).'),
      flag('freq', 'Viser antall.', 'Shows counts.'),
      flag('fraction', 'Viser andeler.', 'Shows fractions.'),
      flag('percent', 'Viser prosent.', 'Shows percentages.'),
    ),
    flag('normal', 'Tegner normalfordelingskurven over.', 'Draws the normal curve on top.'),
    flag(
      'discrete',
      'Én søyle per verdi (for heltallsvariabler).',
      'One bar per value (for whole-number variables).',
    ),
    option('bin', 'integer', 'Antall søyler.', 'Number of bars.'),
    option('width', 'number', 'Bredden på hver søyle.', 'The width of each bar.'),
    option('start', 'number', 'Hvor første søyle begynner.', 'Where the first bar starts.'),
    option(
      'by',
      'variable',
      'Ett histogram per verdi av denne variabelen.',
      'One histogram per value of this variable.',
    ),
  ],
  min: 1,
  max: 1,
  numeric: true,
});
