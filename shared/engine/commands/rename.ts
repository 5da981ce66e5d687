import { quoteIdent } from '../../sql/quote';
import { withUnits } from '../workspace-sql';
import type { StepHandler } from './registry';

/** `rename old new`: the same values, labels and type under a new name. */
export const renameHandler: StepHandler<'rename'> = async (step, ctx) => {
  const view = withUnits(ctx.workspace.get(step.dataset));
  return {
    rewrites: [
      {
        dataset: step.dataset,
        select: `SELECT * RENAME (${quoteIdent(step.from)} AS ${quoteIdent(step.to)}) FROM ${view.table}`,
        columns: view.columns.map((c) => (c.name === step.from ? { ...c, name: step.to } : c)),
        unitType: view.unitType,
        shape: view.shape,
        changesPopulation: false,
      },
    ],
  };
};
