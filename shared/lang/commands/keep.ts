import { defineCommand } from '../command-kit/define';
import { checkDropKeep, dropKeepPayload, dropKeepSyntax } from '../command-kit/drop-keep';

/** `keep var-list` or `keep if condition` */
export const keepCommand = defineCommand({
  name: 'keep',
  group: 'variables',
  usage: 'keep variable-list | keep if condition',
  help: {
    nb: 'Beholder bare variablene i listen, eller bare enhetene som oppfyller betingelsen.',
    en: 'Keeps only the listed variables, or only the units that meet the condition.',
  },
  syntax: dropKeepSyntax,
  condition: true,
  options: [],
  payload: dropKeepPayload,
  check: (ctx) => checkDropKeep(ctx, true),
});
