import { z } from 'zod';
import { type CheckContext, findDataset } from '../check-context';
import { copyDataset, type DatasetState, newDataset } from '../workspace';
import { checkNewDataset } from './dataset-names';
import { arg } from './shared';
import { name } from './syntax';

/** Syntax shared by clone-dataset, clone-units and rename-dataset: `command dataset new-dataset`. */
export const twoDatasets = [
  name('source', 'dataset', 'a dataset name'),
  name('target', 'new-dataset', 'a new dataset name'),
];

/** Payload shared by those commands. */
export const twoDatasetsPayload = { source: z.string(), target: z.string() };

/** Checks `source target` and builds the target with `make`; null when either name is wrong. */
export function copyInto(
  ctx: CheckContext,
  make: (source: DatasetState, target: string) => DatasetState,
): { source: string; target: string } | null {
  const source = arg(ctx.cmd, 'source', 'name');
  const target = arg(ctx.cmd, 'target', 'name');
  if (!source || !target) return null;
  const ds = findDataset(ctx, source);
  const free = checkNewDataset(ctx, target);
  if (!ds || !free) return null;
  ctx.ws.datasets.set(target.name, make(ds, target.name));
  return { source: ds.name, target: target.name };
}

/** A full copy. */
export const fullCopy = (source: DatasetState, target: string) => copyDataset(source, target);

/** The same units, no variables. */
export const unitsOnly = (source: DatasetState, target: string): DatasetState => ({
  ...newDataset(target),
  unit: source.unit,
  exact: source.exact,
});
