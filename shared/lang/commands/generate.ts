import { checkNewVariable, currentDataset } from '../check-context';
import { assignPayload, checkAssignment } from '../command-kit/assign';
import { defineCommand } from '../command-kit/define';
import { arg } from '../command-kit/shared';

/** `generate name = expression [if condition]`: a new variable; units where the condition fails get missing. */
export const generateCommand = defineCommand({
  name: 'generate',
  group: 'variables',
  usage: 'generate name = expression [if condition]',
  help: {
    nb: 'Lager en ny variabel fra et uttrykk. Med if får enhetene som ikke oppfyller betingelsen missing.',
    en: 'Creates a new variable from an expression. With if, units that fail the condition get missing.',
  },
  syntax: [{ kind: 'assignment', label: 'name = expression' }],
  condition: true,
  options: [],
  payload: assignPayload,
  check(ctx) {
    const target = arg(ctx.cmd, 'target', 'name');
    const ds = currentDataset(ctx);
    if (!target || !ds) return null;
    const fresh = checkNewVariable(ctx, ds, target);
    const checked = checkAssignment(ctx, ds);
    if (!fresh) return null;
    if (!checked) {
      ds.poisoned.add(target.name);
      return null;
    }
    ds.variables.set(target.name, {
      name: target.name,
      type: checked.type,
      valueType: checked.type === 'string' ? 'string' : 'decimal',
      pseudonymOf: null,
      labels: null,
      source: null,
    });
    return {
      dataset: ds.name,
      target: target.name,
      type: checked.type,
      expression: checked.expression,
      condition: checked.condition,
    };
  },
});
