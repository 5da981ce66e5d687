import { defineModelCommand } from '../command-kit/model';
import { name, option } from '../command-kit/syntax';

/** `kaplan-meier event duration [if condition] [, by(variable) level(n)]` */
export const kaplanMeierCommand = defineModelCommand({
  name: 'kaplan-meier',
  usage: 'kaplan-meier event duration [if condition] [, by(variable) level(n)]',
  help: {
    nb: 'Kaplan-Meier-estimat av overlevelsesfunksjonen: hendelse (0/1) og varighet.',
    en: 'Kaplan-Meier estimate of the survival function: event (0/1) and duration.',
  },
  syntax: [
    name('dependent', 'variable', 'an event variable'),
    name('duration', 'variable', 'a duration variable'),
  ],
  options: [
    option(
      'by',
      'variable',
      'En kurve per verdi av denne variabelen.',
      'One curve per value of this variable.',
    ),
    option('level', 'number', 'Konfidensnivå i prosent.', 'Confidence level in percent.'),
  ],
  group: 'survival',
  roles: ['duration'],
});
