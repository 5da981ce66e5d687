import { z } from 'zod';
import {
  type CheckContext,
  currentDataset,
  findDataset,
  reportDuplicates,
  resolveVariable,
  unitIdName,
} from '../check-context';
import { defineCommand } from '../command-kit/define';
import { arg, nameList, resolveAll } from '../command-kit/shared';
import { keyword, name, names, optionalKeyword } from '../command-kit/syntax';
import { type DatasetState, describeUnit, sameUnit, type UnitKey, type VariableState } from '../workspace';

/** Does the key variable of the target hold units of the source? */
function keyFits(key: VariableState, isUnitId: boolean, target: DatasetState, source: UnitKey): boolean {
  if (isUnitId && target.unit) return sameUnit(target.unit, source);
  if (key.pseudonymOf) return source.kind === 'unit' && source.unitType === key.pseudonymOf;
  return source.kind === 'values' && source.type === key.type;
}

function checkKey(ctx: CheckContext, source: DatasetState, target: DatasetState) {
  const on = arg(ctx.cmd, 'on', 'name');
  if (!on) {
    if (source.unit && target.unit && !sameUnit(source.unit, target.unit)) {
      ctx.sink.report('merge-unit-mismatch', ctx.cmd.span, {
        source: `${source.name} (${describeUnit(source.unit)})`,
        target: `${target.name} (${describeUnit(target.unit)})`,
      });
      return undefined;
    }
    return null;
  }
  const key = resolveVariable(ctx, target, on, 'key');
  if (!key) return undefined;
  const isUnitId = !target.variables.has(key.name) && key.name === unitIdName(ctx, target);
  if (source.unit && !keyFits(key, isUnitId, target, source.unit)) {
    ctx.sink.report('merge-key-mismatch', on.span, {
      key: key.name,
      source: `${source.name} (${describeUnit(source.unit)})`,
    });
  }
  return { name: key.name, isUnitId };
}

/** `merge var-list into dataset [on variable]`: copies variables of the dataset in use into another. */
export const mergeCommand = defineCommand({
  name: 'merge',
  group: 'variables',
  usage: 'merge variable-list into dataset [on variable]',
  help: {
    nb: 'Kobler variabler fra datasettet i bruk inn i et annet datasett, på samme enhet eller via en koblingsvariabel i måldatasettet (f.eks. mors id).',
    en: 'Copies variables from the dataset in use into another dataset, on the same units or through a linking variable of the target (e.g. the mother’s id).',
  },
  syntax: [
    names('variables', 'variable', 'variables', 1, undefined, ['into']),
    keyword('into', name('target', 'dataset', 'a dataset name')),
    optionalKeyword('on', name('on', 'variable', 'a variable of the target dataset')),
  ],
  condition: false,
  options: [],
  payload: {
    source: z.string(),
    target: z.string(),
    variables: z.array(z.string()),
    on: z.object({ name: z.string(), isUnitId: z.boolean() }).nullable(),
  },
  check(ctx) {
    const source = currentDataset(ctx);
    const targetName = arg(ctx.cmd, 'target', 'name');
    if (!source || !targetName) return null;
    const items = nameList(ctx.cmd, 'variables');
    reportDuplicates(ctx, items);
    const vars = resolveAll(ctx, source, items, 'transport');
    const target = findDataset(ctx, targetName);
    if (!target) return null;
    if (target === source) {
      ctx.sink.report('same-dataset', targetName.span, { name: target.name });
      return null;
    }
    const key = checkKey(ctx, source, target);
    if (!vars) {
      for (const n of items) target.poisoned.add(n.name);
      return null;
    }
    let ok = key !== undefined;
    vars.forEach((v, i) => {
      if (target.variables.has(v.name)) {
        ctx.sink.report('variable-exists', items[i]!.span, { name: v.name, dataset: target.name });
        ok = false;
      } else target.variables.set(v.name, { ...v });
    });
    if (!ok || key === undefined) return null;
    return { source: source.name, target: target.name, variables: vars.map((v) => v.name), on: key };
  },
});
