import { defineModelCommand } from '../command-kit/model';
import { SURVIVAL } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `weibull event duration [variable-list] [if condition] [, options]` */
export const weibullCommand = defineModelCommand({
  name: 'weibull',
  usage: 'weibull event duration [variable-list] [if condition] [, options]',
  help: {
    nb: 'Parametrisk Weibull-modell for forløpsdata: hendelse (0/1), varighet og forklaringsvariabler.',
    en: 'Parametric Weibull model for survival data: event (0/1), duration and covariates.',
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
