import { defineModelCommand } from '../command-kit/model';
import { RDD } from '../command-kit/model-options';
import { name } from '../command-kit/syntax';

/** `rdd dependent running [variable-list] [if condition] [, options]` */
export const rddCommand = defineModelCommand({
  name: 'rdd',
  usage: 'rdd dependent running [variable-list] [if condition] [, options]',
  help: {
    nb: 'Regresjonsdiskontinuitet: effekten av en behandling som gis over en terskel i løpevariabelen.',
    en: 'Regression discontinuity: the effect of a treatment given above a threshold of the running variable.',
  },
  syntax: [
    name('dependent', 'variable', 'a dependent variable'),
    name('running', 'variable', 'a running variable'),
    { kind: 'terms', key: 'terms', min: 0, label: 'covariates' },
  ],
  options: RDD,
  roles: ['running'],
});
