import { z } from 'zod';
import { checkNewVariable, currentDataset } from '../check-context';
import { defineCommand } from '../command-kit/define';
import {
  checkUnit,
  checkValidity,
  importedVariable,
  resolveRegisterVariable,
} from '../command-kit/register-variables';
import { arg, RegisterVariableSchema } from '../command-kit/shared';
import { keyword, name, optionalKeyword } from '../command-kit/syntax';

/** `import-event alias/VAR from to to [as name]`: the events between two dates, one row per event. */
export const importEventCommand = defineCommand({
  name: 'import-event',
  group: 'import',
  usage: 'import-event alias/VARIABLE YYYY-MM-DD to YYYY-MM-DD [as name]',
  help: {
    nb: 'Henter forløp (EVENT-variabler) mellom to datoer inn i et tomt datasett, én rad per forløp, med START@navn og STOP@navn.',
    en: 'Brings the episodes of an event variable between two dates into an empty dataset, one row per episode, with START@name and STOP@name.',
  },
  syntax: [
    { kind: 'register-var', key: 'variable', label: 'a register variable' },
    { kind: 'date', key: 'from', label: 'a start date' },
    keyword('to', { kind: 'date', key: 'to', label: 'an end date' }),
    optionalKeyword('as', name('as', 'new-variable', 'a variable name')),
  ],
  condition: false,
  options: [],
  payload: {
    dataset: z.string(),
    variable: RegisterVariableSchema,
    from: z.string(),
    to: z.string(),
    as: z.string(),
    startName: z.string(),
    stopName: z.string(),
  },
  check(ctx) {
    const rv = arg(ctx.cmd, 'variable', 'register-var');
    const from = arg(ctx.cmd, 'from', 'date');
    const to = arg(ctx.cmd, 'to', 'date');
    if (!rv || !from || !to) return null;
    const as = arg(ctx.cmd, 'as', 'name') ?? { kind: 'name' as const, name: rv.name, span: rv.nameSpan };
    const resolved = resolveRegisterVariable(ctx, rv);
    const ds = currentDataset(ctx);
    if (!ds) return null;
    const startName = `START@${as.name}`;
    const stopName = `STOP@${as.name}`;
    const poison = () => {
      for (const n of [as.name, startName, stopName]) ds.poisoned.add(n);
      return null;
    };
    if (!resolved) return poison();
    const { meta } = resolved;
    let ok = true;
    if (meta.temporality !== 'EVENT') {
      ctx.sink.report('import-event-not-event', rv.span, { name: meta.name, temporality: meta.temporality });
      ok = false;
    }
    if (from.iso > to.iso) {
      ctx.sink.report(
        'date-range-reversed',
        { start: from.span.start, end: to.span.end },
        { from: from.iso, to: to.iso },
      );
      ok = false;
    }
    ok = checkValidity(ctx, meta, from) && ok;
    ok = checkValidity(ctx, meta, to) && ok;
    if (ds.variables.size > 0) {
      ctx.sink.report('import-target-shape', ctx.cmd.nameSpan, {
        command: 'import-event',
        dataset: ds.name,
        shape: ds.shape,
      });
      return poison();
    }
    ok = checkUnit(ctx, ds, meta, rv) && ok;
    if (!checkNewVariable(ctx, ds, as)) return poison();
    ds.variables.set(as.name, importedVariable(as.name, meta));
    for (const n of [startName, stopName]) {
      ds.variables.set(n, {
        name: n,
        type: 'number',
        valueType: 'date',
        pseudonymOf: null,
        labels: null,
        source: null,
      });
    }
    ds.shape = 'event';
    if (!ok) return null;
    return {
      dataset: ds.name,
      variable: resolved.plan,
      from: from.iso,
      to: to.iso,
      as: as.name,
      startName,
      stopName,
    };
  },
});
