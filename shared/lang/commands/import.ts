import { z } from 'zod';
import { checkNewVariable, currentDataset } from '../check-context';
import { defineCommand, resolveOptions } from '../command-kit/define';
import {
  checkUnit,
  checkValidity,
  importedVariable,
  resolveRegisterVariable,
} from '../command-kit/register-variables';
import { arg, RegisterVariableSchema } from '../command-kit/shared';
import { flag, name, optionalKeyword } from '../command-kit/syntax';

const IMPORT_OPTIONS = [
  flag(
    'outer_join',
    'Tar med alle enheter som har en verdi, også de som ikke er i datasettet fra før (full join).',
    'Includes every unit with a value, also those not yet in the dataset (full join).',
  ),
] as const;

/** `import alias/VAR [date] [as name] [, outer_join]`: adds one register variable to the dataset in use. */
export const importCommand = defineCommand({
  name: 'import',
  group: 'import',
  usage: 'import alias/VARIABLE [YYYY-MM-DD] [as name] [, outer_join]',
  help: {
    nb: 'Henter en registervariabel inn i datasettet: faste variabler uten dato, de andre med en dato (verdien som gjaldt da, eller perioden som inneholder datoen). Første import bestemmer populasjonen.',
    en: 'Brings a register variable into the dataset: fixed variables without a date, the others with one (the value valid then, or the period holding the date). The first import decides the population.',
  },
  syntax: [
    { kind: 'register-var', key: 'variable', label: 'a register variable' },
    { kind: 'date', key: 'date', optional: true, label: 'a date' },
    optionalKeyword('as', name('as', 'new-variable', 'a variable name')),
  ],
  condition: false,
  options: IMPORT_OPTIONS,
  payload: {
    dataset: z.string(),
    variable: RegisterVariableSchema,
    date: z.string().nullable(),
    as: z.string(),
    join: z.enum(['defines-population', 'left', 'outer']),
  },
  check(ctx) {
    const rv = arg(ctx.cmd, 'variable', 'register-var');
    if (!rv) return null;
    const date = arg(ctx.cmd, 'date', 'date');
    const as = arg(ctx.cmd, 'as', 'name') ?? { kind: 'name' as const, name: rv.name, span: rv.nameSpan };
    const resolved = resolveRegisterVariable(ctx, rv);
    const ds = currentDataset(ctx);
    if (!ds) return null;
    if (!resolved) {
      ds.poisoned.add(as.name);
      return null;
    }
    const { meta } = resolved;
    let ok = true;
    if (date && meta.temporality === 'FIXED') {
      ctx.sink.report('import-date-not-allowed', date.span, { name: meta.name });
      ok = false;
    } else if (!date && meta.temporality !== 'FIXED') {
      ctx.sink.report('import-date-required', rv.span, { name: meta.name, temporality: meta.temporality });
      ok = false;
    } else if (date) ok = checkValidity(ctx, meta, date) && ok;
    const { values } = resolveOptions(ctx, ds, IMPORT_OPTIONS);
    const empty = ds.variables.size === 0 && ds.unit === null;
    ok = checkUnit(ctx, ds, meta, rv) && ok;
    if (!checkNewVariable(ctx, ds, as)) return null;
    ds.variables.set(as.name, importedVariable(as.name, meta));
    if (!ok) return null;
    return {
      dataset: ds.name,
      variable: resolved.plan,
      date: date?.iso ?? null,
      as: as.name,
      join: values.outer_join
        ? ('outer' as const)
        : empty
          ? ('defines-population' as const)
          : ('left' as const),
    };
  },
});
