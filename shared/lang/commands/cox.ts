import { defineModelCommand } from '../command-kit/model';
import { SURVIVAL } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `cox event duration [variable-list] [if condition] [, options]` */
export const coxCommand = defineModelCommand({
  name: 'cox',
  usage: 'cox event duration [variable-list] [if condition] [, options]',
  help: {
    nb: 'Cox-regresjon (proporsjonale hasarder): hendelse (0/1), varighet og forklaringsvariabler.',
    en: 'Cox regression (proportional hazards): event (0/1), duration and covariates.',
  },
  syntax: [
    name('dependent', 'variable', 'an event variable'),
    name('duration', 'variable', 'a duration variable'),
    { kind: 'terms', key: 'terms', min: 0, label: 'covariates' },
  ],
  options: SURVIVAL,
  group: 'survival',
  roles: ['duration'],
});
