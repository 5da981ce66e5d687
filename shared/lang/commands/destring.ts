import { z } from 'zod';
import { checkNewVariable, currentDataset, reportDuplicates } from '../check-context';
import { defineCommand, resolveOptions } from '../command-kit/define';
import { nameList, resolveAll } from '../command-kit/shared';
import { flag, names, option } from '../command-kit/syntax';

const DESTRING_OPTIONS = [
  flag(
    'force',
    'Verdier som ikke er tall blir missing i stedet for å gi feil.',
    'Values that are not numbers become missing instead of failing.',
  ),
  option(
    'ignore',
    'string',
    'Tegn som fjernes før verdien leses som tall.',
    'Characters removed before the value is read as a number.',
  ),
  flag('dpcomma', 'Komma er desimaltegn.', 'Comma is the decimal separator.'),
  option(
    'prefix',
    'string',
    'Legger tallene i nye variabler: prefiks + navn.',
    'Puts the numbers in new variables: prefix + name.',
  ),
] as const;

/** `destring var-list [, force ignore() dpcomma prefix()]`: text variables to numbers. */
export const destringCommand = defineCommand({
  name: 'destring',
  group: 'variables',
  usage: 'destring variable-list [, force ignore(text) dpcomma prefix(text)]',
  help: {
    nb: 'Gjør tekstvariabler om til tall (f.eks. kjønn "1"/"2" til 1/2). Navnet beholdes.',
    en: 'Turns string variables into numbers (e.g. sex "1"/"2" into 1/2). The name is kept.',
  },
  syntax: [names('variables', 'variable', 'variables')],
  condition: false,
  options: DESTRING_OPTIONS,
  payload: {
    dataset: z.string(),
    variables: z.array(z.string()),
    targets: z.array(z.string()),
    force: z.boolean(),
    ignore: z.string().nullable(),
    dpcomma: z.boolean(),
  },
  check(ctx) {
    const ds = currentDataset(ctx);
    if (!ds) return null;
    const items = nameList(ctx.cmd, 'variables');
    reportDuplicates(ctx, items);
    const vars = resolveAll(ctx, ds, items, 'value');
    const { values } = resolveOptions(ctx, ds, DESTRING_OPTIONS);
    if (!vars) return null;
    const strings = vars.filter((v, i) => {
      if (v.type === 'number') ctx.sink.report('already-numeric', items[i]!.span, { name: v.name });
      return v.type === 'string';
    });
    const targets = strings.map((v) => (values.prefix !== undefined ? `${values.prefix}${v.name}` : v.name));
    if (values.prefix !== undefined) {
      for (const t of targets)
        if (!checkNewVariable(ctx, ds, { kind: 'name', name: t, span: ctx.cmd.nameSpan })) return null;
    }
    strings.forEach((v, i) => {
      ds.variables.set(targets[i]!, { ...v, name: targets[i]!, type: 'number', valueType: 'decimal' });
    });
    return {
      dataset: ds.name,
      variables: strings.map((v) => v.name),
      targets,
      force: values.force ?? false,
      ignore: values.ignore ?? null,
      dpcomma: values.dpcomma ?? false,
    };
  },
});
