import type { StepOf } from '../../lang/plan';
import type { TypedExpr } from '../../lang/plan-expression';
import type { ModelStepKind } from './step';
import { termsOf } from './test-fixture';

/** A model step for tests: dependent variable, terms in short syntax, options, condition. */
export function modelStep<K extends ModelStepKind>(
  kind: K,
  dependent: string,
  spec: string,
  options: StepOf<K>['options'] = {} as StepOf<K>['options'],
  extra: Partial<StepOf<K>> = {},
  condition: TypedExpr | null = null,
): StepOf<K> {
  return {
    kind,
    line: 5,
    span: { start: 0, end: 10 },
    dataset: 'persons',
    dependent: { name: dependent, type: 'number' },
    terms: termsOf(spec),
    endogenous: null,
    instruments: null,
    groups: null,
    running: null,
    group: null,
    treated: null,
    duration: null,
    condition,
    options,
    ...extra,
  } as StepOf<K>;
}
