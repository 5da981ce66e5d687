import { currentDataset, resolveVariable } from '../check-context';
import { assignPayload, checkAssignment } from '../command-kit/assign';
import { defineCommand } from '../command-kit/define';
import { arg } from '../command-kit/shared';

/** `replace var = expression [if condition]`: new values for an existing variable. */
export const replaceCommand = defineCommand({
  name: 'replace',
  group: 'variables',
  usage: 'replace variable = expression [if condition]',
  help: {
    nb: 'Gir en variabel som finnes nye verdier, for alle enheter eller bare dem som oppfyller betingelsen.',
    en: 'Gives an existing variable new values, for all units or only those meeting the condition.',
  },
  syntax: [{ kind: 'assignment', label: 'variable = expression' }],
  condition: true,
  options: [],
  payload: assignPayload,
  check(ctx) {
    const target = arg(ctx.cmd, 'target', 'name');
    const ds = currentDataset(ctx);
    if (!target || !ds) return null;
    const v = resolveVariable(ctx, ds, target, 'value');
    const checked = checkAssignment(ctx, ds);
    if (!v || !checked) return null;
    if (checked.bare !== 'missing' && checked.type !== v.type) {
      const expression = arg(ctx.cmd, 'expression', 'expression')!;
      ctx.sink.report('type-mismatch', expression.span, {
        context_nb: `Variabelen ${v.name}`,
        context_en: `The variable ${v.name}`,
        expected: v.type,
        found: checked.type,
      });
      return null;
    }
    return {
      dataset: ds.name,
      target: v.name,
      type: v.type,
      expression: checked.expression,
      condition: checked.condition,
    };
  },
});
