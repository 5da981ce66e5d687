import { quoteIdent } from '../../sql/quote';
import { engineError } from '../errors';
import { withUnits } from '../workspace-sql';
import type { StepHandler } from './registry';

/** `clone-variables a -> b ...`: copies of variables (values, type and labels) under new names. */
export const cloneVariablesHandler: StepHandler<'clone-variables'> = async (step, ctx) => {
  const view = withUnits(ctx.workspace.get(step.dataset));
  const copies = step.pairs.map(({ source, target }) => {
    const column = view.columns.find((c) => c.name === source);
    if (!column)
      throw engineError(
        'unknown-variable',
        `Variabelen ${source} finnes ikke i ${view.name}.`,
        `The variable ${source} is not in ${view.name}.`,
      );
    return { column: { ...column, name: target }, sql: `${quoteIdent(source)} AS ${quoteIdent(target)}` };
  });
  return {
    rewrites: [
      {
        dataset: step.dataset,
        select: `SELECT *, ${copies.map((c) => c.sql).join(', ')} FROM ${view.table}`,
        columns: [...view.columns, ...copies.map((c) => c.column)],
        unitType: view.unitType,
        shape: view.shape,
        changesPopulation: false,
      },
    ],
  };
};
