import { z } from 'zod';
import { currentDataset } from '../check-context';
import { defineCommand } from '../command-kit/define';
import type { VariableState } from '../workspace';
import { PANEL_DATE } from './import-panel';

/** `reshape-from-panel`: a panel back to wide, one variable per panel variable and time (`name<suffix>`). */
export const reshapeFromPanelCommand = defineCommand({
  name: 'reshape-from-panel',
  group: 'variables',
  usage: 'reshape-from-panel',
  help: {
    nb: 'Gjør et paneldatasett om til wide: hver variabel blir én variabel per tidspunkt, navn + suffiks.',
    en: 'Turns a panel dataset into wide: each variable becomes one variable per time, name + suffix.',
  },
  syntax: [],
  condition: false,
  options: [],
  payload: { dataset: z.string(), variables: z.array(z.string()), suffixes: z.array(z.string()).nullable() },
  check(ctx) {
    const ds = currentDataset(ctx);
    if (!ds) return null;
    if (ds.shape !== 'panel') {
      ctx.sink.report('not-a-panel', ctx.cmd.nameSpan, { command: 'reshape-from-panel', dataset: ds.name });
      return null;
    }
    const vars = [...ds.variables.values()].filter((v) => v.name !== PANEL_DATE);
    const next = new Map<string, VariableState>();
    if (ds.panelValues) {
      for (const v of vars)
        for (const s of ds.panelValues) next.set(`${v.name}${s}`, { ...v, name: `${v.name}${s}` });
    } else ds.exact = false;
    const suffixes = ds.panelValues;
    const years = ds.panelDates?.map((d) => d.slice(0, 4)) ?? [];
    if (suffixes && new Set(years).size === suffixes.length) {
      // Older microdata.no versions named these by year; the names still work and mean the same variables.
      for (const v of vars) {
        years.forEach((y, i) => {
          ds.aliases.set(`${v.name}${y}`, `${v.name}${suffixes[i]}`);
        });
      }
    }
    ds.variables = next;
    ds.shape = 'cross-section';
    ds.panelValues = null;
    ds.panelDates = null;
    return { dataset: ds.name, variables: vars.map((v) => v.name), suffixes };
  },
});
