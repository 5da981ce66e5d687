import { quoteIdent, quoteNumber } from '../../sql/quote';
import { HIDDEN } from '../hidden-columns';
import { withUnits } from '../workspace-sql';
import type { StepHandler } from './registry';

/**
 * `sample n|fraction seed`: a random subset of units, the same for the same seed and data (ordered by a hash of
 * unit id and seed). A fraction keeps round(fraction · units) units. Panels and event data keep all rows of
 * the units drawn. A population change (T1, DIFF).
 */
export const sampleHandler: StepHandler<'sample'> = async (step, ctx) => {
  const view = withUnits(ctx.workspace.get(step.dataset));
  const unit = quoteIdent(HIDDEN.unit);
  const units = `SELECT DISTINCT ${unit} FROM ${view.table}`;
  const size =
    step.count !== null
      ? quoteNumber(step.count)
      : `(SELECT CAST(round(count(*) * ${quoteNumber(step.fraction ?? 0)}) AS BIGINT) FROM (${units}))`;
  const drawn = `SELECT ${unit} FROM (${units}) ORDER BY hash(${unit}, ${quoteNumber(step.seed)}), ${unit} LIMIT ${size}`;
  return {
    rewrites: [
      {
        dataset: step.dataset,
        select: `SELECT * FROM ${view.table} WHERE ${unit} IN (${drawn})`,
        columns: [...view.columns],
        unitType: view.unitType,
        shape: view.shape,
        changesPopulation: true,
      },
    ],
  };
};
