import type { StepOf } from '../../lang/plan';
import { quoteIdent } from '../../sql/quote';
import { type AnalysisSource, analysisSource, columnSql } from '../analysis/source';
import type { EngineContext } from '../engine-context';
import { HIDDEN } from '../hidden-columns';
import { buildCrossTable } from './tabulate';

/**
 * `transitions-panel var-list [if] [, missing nolabels freq]`: for each variable, a table of transitions from
 * one panel date to the unit's next date (pooled over all consecutive dates), as row shares or, with `freq`,
 * counts. Every from→to cell is a count cell of the transitions made, with its own key sum.
 */
export async function transitionsPanel(
  step: StepOf<'transitions-panel'>,
  ctx: EngineContext,
): Promise<undefined> {
  const base = analysisSource(ctx, step.dataset, step.condition);
  const unit = quoteIdent(HIDDEN.unit);
  const date = quoteIdent(HIDDEN.date);
  for (const variable of step.variables.map((v) => v.name)) {
    const col = columnSql(base.view, variable);
    const pairs = [
      `SELECT ${quoteIdent(HIDDEN.key)}, ${col} AS "from",`,
      `lead(${col}) OVER (PARTITION BY ${unit} ORDER BY ${date}) AS "to",`,
      `lead(${date}) OVER (PARTITION BY ${unit} ORDER BY ${date}) AS "next"`,
      `FROM ${base.relation} AS "__src"`,
    ].join(' ');
    const source: AnalysisSource = {
      view: base.view,
      relation: `(SELECT * FROM (${pairs}) WHERE "next" IS NOT NULL)`,
    };
    const options = {
      missing: step.options.missing,
      nolabels: step.options.nolabels,
      ...(step.options.freq ? {} : { rowpct: true }),
    };
    const raw = await buildCrossTable(
      ctx,
      step,
      source,
      [{ name: variable, sql: '"from"' }],
      { name: variable, sql: '"to"' },
      options,
      `transitions-panel ${variable}`,
    );
    ctx.emit({ ...raw, rowDimensions: [`${variable} (fra)`] });
  }
}
