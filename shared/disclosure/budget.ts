import type { DisclosureConfig } from './config';
import { allow, type Decision, refuse } from './decision';
import { invalidInput, isCount } from './inputs';
import { explain } from './messages';

/** What the engine keeps per workspace for the query budget. */
export interface QueryBudgetState {
  /** Outputs released so far. */
  used: number;
}

/** A budget decision with the state to store if the engine goes ahead. */
export interface BudgetCharge {
  decision: Decision;
  state: QueryBudgetState;
}

/** The state of a fresh workspace. */
export const emptyQueryBudget: QueryBudgetState = Object.freeze({ used: 0 });

/**
 * BUDGET: charges `outputs` released outputs to the workspace. Past `budget.warnAt` the output is allowed with a
 * notice; past `budget.maxQueries` it is refused and the state stays as it was. Consistent noise makes a
 * repeated identical output worthless to an attacker, so the engine may charge 0 for a repeat; what the budget
 * limits is averaging over *different* queries with the same answer and reconstruction from many subsets.
 */
export function chargeQueryBudget(
  state: QueryBudgetState,
  outputs: number,
  config: DisclosureConfig,
): BudgetCharge {
  if (!isCount(state.used) || !isCount(outputs)) return { decision: invalidInput('BUDGET', config), state };
  const used = state.used + outputs;
  if (used > config.budget.maxQueries)
    return { decision: refuse('BUDGET', explain('budget-exhausted', config)), state };
  const decision =
    used > config.budget.warnAt ? allow('BUDGET', explain('budget-nearly-used', config)) : allow('BUDGET');
  return { decision, state: { used } };
}
