import { dateFunctions } from './dates';
import { distributionFunctions } from './distributions';
import { mathFunctions } from './maths';
import { rowFunctions } from './rows';
import type { FunctionSpec } from './spec';
import { stringFunctions } from './strings';
import { bindingFunctions, testFunctions } from './tests';

/** Every function of the language, in help order. */
export const functionList: readonly FunctionSpec[] = [
  ...mathFunctions,
  ...distributionFunctions,
  ...stringFunctions,
  ...dateFunctions,
  ...rowFunctions,
  ...testFunctions,
  ...bindingFunctions,
];

/** Functions by name. */
export const functions: ReadonlyMap<string, FunctionSpec> = new Map(functionList.map((f) => [f.name, f]));

/** How many arguments a function takes, as text for messages (`1`, `1-3`, `2 or more`). */
export function arityText(f: FunctionSpec): string {
  const max = f.params.length;
  const min = max - f.optional;
  if (f.variadic) return `${min} or more`;
  return min === max ? `${max}` : `${min}-${max}`;
}
