import { z } from 'zod';
import { defineCommand } from '../command-kit/define';
import { resolveRegisterVariable } from '../command-kit/register-variables';
import { arg, RegisterVariableSchema } from '../command-kit/shared';

/** `variables [alias/VAR ...]`: metadata of register variables. */
export const variablesCommand = defineCommand({
  name: 'variables',
  group: 'session',
  usage: 'variables [alias/VARIABLE ...]',
  help: {
    nb: 'Viser metadata (enhet, tidstype, gyldighet) for registervariabler.',
    en: 'Shows metadata (unit, temporality, validity) of register variables.',
  },
  syntax: [{ kind: 'register-vars', key: 'variables', min: 0, label: 'register variables' }],
  condition: false,
  options: [],
  payload: { variables: z.array(RegisterVariableSchema) },
  check(ctx) {
    const items = arg(ctx.cmd, 'variables', 'register-vars')?.items ?? [];
    const resolved = items.map((rv) => resolveRegisterVariable(ctx, rv));
    if (resolved.some((r) => !r)) return null;
    return { variables: resolved.map((r) => r!.plan) };
  },
});
