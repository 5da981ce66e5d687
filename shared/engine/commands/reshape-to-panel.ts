import { quoteIdent } from '../../sql/quote';
import type { ColumnInfo } from '../dataset-view';
import { engineError } from '../errors';
import { HIDDEN } from '../hidden-columns';
import { sqlTypeOf, withUnits } from '../workspace-sql';
import type { StepHandler } from './registry';

/** The visible panel time variable; like `@date` it holds the row's time as a DATE. */
export const PANEL_DATE = 'date@panel';

/**
 * The panel time of a wide suffix: the suffix read as a day number (`lonn19` → day 19), so that
 * reshape-from-panel, which names variables by day number, gives the original names back.
 */
export function suffixDateSql(suffix: string): string {
  if (!/^\d+$/.test(suffix)) {
    throw engineError('reshape-suffix', `Ugyldig tidssuffiks: ${suffix}.`, `Invalid time suffix: ${suffix}.`);
  }
  return `(DATE '1970-01-01' + CAST(${Number(suffix)} AS INTEGER))`;
}

/**
 * `reshape-to-panel prefix ...`: one row per unit and suffix; `prefix<suffix>` becomes `prefix` in the row
 * of that suffix (missing where a unit has no such variable), the other variables repeat on every row.
 */
export const reshapeToPanelHandler: StepHandler<'reshape-to-panel'> = async (step, ctx) => {
  const view = withUnits(ctx.workspace.get(step.dataset));
  const names = new Set(view.columns.map((c) => c.name));
  const infoOf = (name: string) => view.columns.find((c) => c.name === name);
  const prefixColumns: ColumnInfo[] = step.prefixes.map((p) => {
    const first = step.suffixes.map((s) => infoOf(`${p}${s}`)).find((c) => c !== undefined);
    if (!first) throw engineError('reshape-prefix', `Ingen variabler ${p}*.`, `No variables ${p}*.`);
    return { ...first, name: p };
  });
  const fixed = step.fixed.map((f) => {
    const info = infoOf(f);
    if (!info) throw engineError('unknown-variable', `Fant ikke variabelen ${f}.`, `No variable ${f}.`);
    return info;
  });
  const unit = quoteIdent(HIDDEN.unit);
  const key = quoteIdent(HIDDEN.key);
  const parts = step.suffixes.map((s) => {
    const date = suffixDateSql(s);
    const values = step.prefixes.map((p, i) => {
      const name = `${p}${s}`;
      const type = prefixColumns[i]!.valueType;
      const sql = names.has(name) ? quoteIdent(name) : `CAST(NULL AS ${sqlTypeOf(type)})`;
      return `${sql} AS ${quoteIdent(p)}`;
    });
    const list = [
      `${unit}`,
      `${key}`,
      `${date} AS ${quoteIdent(HIDDEN.date)}`,
      ...fixed.map((f) => quoteIdent(f.name)),
      ...values,
      `${date} AS ${quoteIdent(PANEL_DATE)}`,
    ];
    return `SELECT ${list.join(', ')} FROM ${view.table}`;
  });
  const panelDate: ColumnInfo = { name: PANEL_DATE, valueType: 'date', codeList: null, pseudonymOf: null };
  return {
    rewrites: [
      {
        dataset: step.dataset,
        select: parts.join(' UNION ALL '),
        columns: [...fixed, ...prefixColumns, panelDate],
        unitType: view.unitType,
        shape: 'panel',
        changesPopulation: false,
      },
    ],
  };
};
