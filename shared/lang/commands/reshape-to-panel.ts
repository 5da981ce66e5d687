import { z } from 'zod';
import { currentDataset, reportDuplicates } from '../check-context';
import { defineCommand } from '../command-kit/define';
import { nameList } from '../command-kit/shared';
import { names } from '../command-kit/syntax';
import type { VariableState } from '../workspace';
import { PANEL_DATE } from './import-panel';

/** `reshape-to-panel prefix ...`: wide variables `prefix<suffix>` become one panel variable per prefix. */
export const reshapeToPanelCommand = defineCommand({
  name: 'reshape-to-panel',
  group: 'variables',
  usage: 'reshape-to-panel prefix [prefix ...]',
  help: {
    nb: 'Gjør et wide-datasett om til panel: variabler som lonn18 lonn19 blir lonn med date@panel = 18, 19. Andre variabler gjentas.',
    en: 'Turns a wide dataset into a panel: variables like wage18 wage19 become wage with date@panel = 18, 19. Other variables are repeated.',
  },
  syntax: [names('prefixes', 'prefix', 'variable prefixes')],
  condition: false,
  options: [],
  payload: {
    dataset: z.string(),
    prefixes: z.array(z.string()),
    suffixes: z.array(z.string()),
    fixed: z.array(z.string()),
  },
  check(ctx) {
    const ds = currentDataset(ctx);
    if (!ds) return null;
    if (ds.shape !== 'cross-section') {
      ctx.sink.report('already-panel', ctx.cmd.nameSpan, { dataset: ds.name });
      return null;
    }
    const prefixes = nameList(ctx.cmd, 'prefixes');
    reportDuplicates(ctx, prefixes);
    const used = new Set<string>();
    const suffixes = new Set<string>();
    const groups = new Map<string, VariableState>();
    let ok = true;
    for (const p of prefixes) {
      const matches = [...ds.variables.values()].filter(
        (v) => v.name.startsWith(p.name) && /^\d+$/.test(v.name.slice(p.name.length)),
      );
      if (matches.length === 0) {
        ctx.sink.report('reshape-prefix-unmatched', p.span, { prefix: p.name });
        ok = false;
        continue;
      }
      const first = matches[0]!;
      const other = matches.find((m) => m.type !== first.type);
      if (other) {
        ctx.sink.report('type-mismatch', p.span, {
          context_nb: `Variablene ${p.name}*`,
          context_en: `The variables ${p.name}*`,
          expected: first.type,
          found: other.type,
        });
        ok = false;
      }
      for (const m of matches) {
        used.add(m.name);
        suffixes.add(m.name.slice(p.name.length));
      }
      groups.set(p.name, { ...first, name: p.name, source: null });
    }
    if (!ok) {
      ds.exact = false;
      return null;
    }
    const fixed = [...ds.variables.values()].filter((v) => !used.has(v.name));
    const next = new Map<string, VariableState>();
    for (const v of fixed) next.set(v.name, v);
    for (const [n, v] of groups) {
      if (next.has(n)) {
        ctx.sink.report('variable-exists', prefixes.find((p) => p.name === n)!.span, {
          name: n,
          dataset: ds.name,
        });
        return null;
      }
      next.set(n, v);
    }
    next.set(PANEL_DATE, {
      name: PANEL_DATE,
      type: 'number',
      valueType: 'integer',
      pseudonymOf: null,
      labels: null,
      source: null,
    });
    const sorted = [...suffixes].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
    ds.variables = next;
    ds.shape = 'panel';
    ds.panelValues = sorted;
    ds.panelDates = null;
    return {
      dataset: ds.name,
      prefixes: prefixes.map((p) => p.name),
      suffixes: sorted,
      fixed: fixed.map((v) => v.name),
    };
  },
});
