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
import { isoToDays } from '../dates';

/** The variable that holds each row's time in a panel dataset. */
export const PANEL_DATE = 'date@panel';

/** `import-panel alias/A alias/B ... date date ...`: a panel (long) dataset, one row per unit and date. */
export const importPanelCommand = defineCommand({
  name: 'import-panel',
  group: 'import',
  usage: 'import-panel alias/VARIABLE [alias/VARIABLE ...] YYYY-MM-DD [YYYY-MM-DD ...]',
  help: {
    nb: 'Henter variabler ved flere tidspunkter i panelformat (én rad per enhet og tidspunkt, med date@panel). Variablene får registernavnet.',
    en: 'Brings variables at several dates in panel format (one row per unit and date, with date@panel). The variables keep their register names.',
  },
  syntax: [
    { kind: 'register-vars', key: 'variables', min: 1, label: 'register variables' },
    { kind: 'dates', key: 'dates', min: 1, label: 'dates' },
  ],
  condition: false,
  options: [],
  payload: {
    dataset: z.string(),
    variables: z.array(RegisterVariableSchema),
    dates: z.array(z.string()),
    panelValues: z.array(z.number().int()),
  },
  check(ctx) {
    const vars = arg(ctx.cmd, 'variables', 'register-vars');
    const dates = arg(ctx.cmd, 'dates', 'dates');
    if (!vars || !dates) return null;
    const ds = currentDataset(ctx);
    if (!ds) return null;
    const panelValues = dates.items.map((d) => isoToDays(d.iso));
    const suffixes = panelValues.map(String);
    if (ds.shape === 'event' || (ds.shape === 'cross-section' && ds.variables.size > 0)) {
      ctx.sink.report('import-target-shape', ctx.cmd.nameSpan, {
        command: 'import-panel',
        dataset: ds.name,
        shape: ds.shape,
      });
      return null;
    }
    let ok = true;
    const plans = [];
    for (const rv of vars.items) {
      const resolved = resolveRegisterVariable(ctx, rv);
      if (!resolved) {
        ds.poisoned.add(rv.name);
        ok = false;
        continue;
      }
      const { meta } = resolved;
      if (meta.temporality !== 'FIXED') for (const d of dates.items) ok = checkValidity(ctx, meta, d) && ok;
      ok = checkUnit(ctx, ds, meta, rv) && ok;
      if (!checkNewVariable(ctx, ds, { kind: 'name', name: meta.name, span: rv.nameSpan })) {
        ok = false;
        continue;
      }
      ds.variables.set(meta.name, importedVariable(meta.name, meta));
      plans.push(resolved.plan);
    }
    if (!ds.variables.has(PANEL_DATE)) {
      ds.variables.set(PANEL_DATE, {
        name: PANEL_DATE,
        type: 'number',
        valueType: 'date',
        pseudonymOf: null,
        labels: null,
        source: null,
      });
    }
    ds.shape = 'panel';
    if (!ds.panelValues) {
      ds.panelValues = suffixes;
      ds.panelDates = dates.items.map((d) => d.iso);
    }
    if (!ok) return null;
    return { dataset: ds.name, variables: plans, dates: dates.items.map((d) => d.iso), panelValues };
  },
});
