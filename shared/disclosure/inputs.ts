import type { DisclosureConfig } from './config';
import { type Blocked, type RuleId, refuse } from './decision';
import { explain } from './messages';

/** True for a count of units: a non-negative safe integer. */
export function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** True for a cell key sum: an integer in [0, 2^32), as `cellKeySumSql` returns it. */
export function isKeySum(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value < 2 ** 32;
}

/**
 * The gate fails closed: input a rule cannot make sense of (negative counts, NaN, a missing key) is an engine
 * bug, and the safe answer to it is a refusal rather than an exception or a guess.
 */
export function invalidInput(rule: RuleId, config: DisclosureConfig): Blocked {
  return refuse(rule, explain('invalid-input', config, { rule }));
}
