import { quoteIdent, quoteString } from '../../sql/quote';
import type { ColumnInfo } from '../dataset-view';
import { engineError } from '../errors';
import { hiddenSelect, withUnits } from '../workspace-sql';
import type { StepHandler } from './registry';

/** The text of a string column made ready to read as a number: ignored characters out, comma decimals, trimmed. */
function cleanedSql(column: string, ignore: string | null, dpcomma: boolean): string {
  let sql = quoteIdent(column);
  for (const ch of new Set(ignore ?? '')) sql = `replace(${sql}, ${quoteString(ch)}, '')`;
  if (dpcomma) sql = `replace(${sql}, ',', '.')`;
  return `nullif(trim(${sql}), '')`;
}

/**
 * `destring vars [, force ignore() dpcomma prefix()]`: string variables to decimal numbers. Empty text is
 * missing. A value that is not a number stops the command, unless `force` makes it missing.
 */
export const destringHandler: StepHandler<'destring'> = async (step, ctx) => {
  const view = withUnits(ctx.workspace.get(step.dataset));
  const parsed = step.variables.map((v) => {
    const text = cleanedSql(v, step.ignore, step.dpcomma);
    return { variable: v, text, sql: `TRY_CAST(${text} AS DOUBLE)` };
  });
  if (!step.force && parsed.length > 0) {
    const checks = parsed.map(
      (p) =>
        `count(*) FILTER (WHERE ${p.text} IS NOT NULL AND ${p.sql} IS NULL) AS ${quoteIdent(p.variable)}`,
    );
    const [row] = await ctx.db.query(`SELECT ${checks.join(', ')} FROM ${view.table}`);
    const bad = parsed.find((p) => Number(row?.[p.variable] ?? 0) > 0);
    if (bad) {
      throw engineError(
        'destring-not-numeric',
        `Variabelen ${bad.variable} har verdier som ikke er tall. Bruk valget force for å gjøre dem til missing.`,
        `The variable ${bad.variable} has values that are not numbers. Use the force option to make them missing.`,
      );
    }
  }
  const byTarget = new Map(parsed.map((p, i) => [step.targets[i]!, p]));
  const decimal = (name: string): ColumnInfo => ({
    name,
    valueType: 'decimal',
    codeList: null,
    pseudonymOf: null,
  });
  const columns: ColumnInfo[] = view.columns.map((c) => (byTarget.has(c.name) ? decimal(c.name) : c));
  const list = view.columns.map((c) => {
    const p = byTarget.get(c.name);
    return p ? `${p.sql} AS ${quoteIdent(c.name)}` : quoteIdent(c.name);
  });
  for (const [target, p] of byTarget) {
    if (view.columns.some((c) => c.name === target)) continue;
    columns.push(decimal(target));
    list.push(`${p.sql} AS ${quoteIdent(target)}`);
  }
  return {
    rewrites: [
      {
        dataset: view.name,
        select: `SELECT ${[hiddenSelect(view.shape), ...list].join(', ')} FROM ${view.table}`,
        columns,
        unitType: view.unitType,
        shape: view.shape,
        changesPopulation: false,
      },
    ],
  };
};
