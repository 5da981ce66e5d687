import { quoteIdent } from '../../sql/quote';
import { HIDDEN } from '../hidden-columns';
import type { StepHandler } from './registry';

/** `create-dataset name`: an empty dataset, now in use; its first import decides its units. */
export const createDatasetHandler: StepHandler<'create-dataset'> = async (step) => ({
  create: [step.name],
  use: step.name,
});

/** `use name`: the dataset later commands work on. */
export const useHandler: StepHandler<'use'> = async (step) => ({ use: step.name });

/** `clone-dataset source target`: a full copy (same units, variables and labels). */
export const cloneDatasetHandler: StepHandler<'clone-dataset'> = async (step, ctx) => {
  const view = ctx.workspace.get(step.source);
  if (view.unitType === '') return { create: [step.target] };
  return {
    rewrites: [
      {
        dataset: step.target,
        select: `SELECT * FROM ${view.table}`,
        columns: [...view.columns],
        unitType: view.unitType,
        shape: view.shape,
        changesPopulation: false,
      },
    ],
  };
};

/** `clone-units source target`: the same units, no variables (one row per unit, also from panels and events). */
export const cloneUnitsHandler: StepHandler<'clone-units'> = async (step, ctx) => {
  const view = ctx.workspace.get(step.source);
  if (view.unitType === '') return { create: [step.target] };
  const unit = quoteIdent(HIDDEN.unit);
  return {
    rewrites: [
      {
        dataset: step.target,
        select: `SELECT ${unit}, any_value(${quoteIdent(HIDDEN.key)}) AS ${quoteIdent(HIDDEN.key)} FROM ${view.table} GROUP BY ${unit}`,
        columns: [],
        unitType: view.unitType,
        shape: 'units',
        changesPopulation: false,
      },
    ],
  };
};

/** `rename-dataset old new`: the same dataset under a new name (still in use if it was). */
export const renameDatasetHandler: StepHandler<'rename-dataset'> = async (step) => ({
  renameDataset: { from: step.source, to: step.target },
});

/** `delete-dataset name`. */
export const deleteDatasetHandler: StepHandler<'delete-dataset'> = async (step) => ({ drop: [step.name] });
