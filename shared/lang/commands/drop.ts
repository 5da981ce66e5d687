import { defineCommand } from '../command-kit/define';
import { checkDropKeep, dropKeepPayload, dropKeepSyntax } from '../command-kit/drop-keep';

/** `drop var-list` or `drop if condition` */
export const dropCommand = defineCommand({
  name: 'drop',
  group: 'variables',
  usage: 'drop variable-list | drop if condition',
  help: {
    nb: 'Fjerner variablene i listen, eller enhetene som oppfyller betingelsen.',
    en: 'Removes the listed variables, or the units that meet the condition.',
  },
  syntax: dropKeepSyntax,
  condition: true,
  options: [],
  payload: dropKeepPayload,
  check: (ctx) => checkDropKeep(ctx, false),
});
