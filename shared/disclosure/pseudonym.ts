import type { DisclosureConfig } from './config';
import { allow, type Decision, refuse } from './decision';
import { explain } from './messages';

/** Where a script uses a pseudonymised id variable (mother's id, employer id). */
export type PseudonymRole = 'merge-key' | 'collapse-by' | 'other';

/**
 * P1: a pseudonymised id may only be a key in `merge ... on` or in `collapse ..., by()`; in an expression, a
 * table, a summary or anything else it would let ids (or functions of them) reach the output. The checker
 * calls this for every use of a variable whose catalogue entry has `pseudonymOf` set.
 */
export function checkPseudonymUse(variable: string, role: PseudonymRole, config: DisclosureConfig): Decision {
  if (role === 'merge-key' || role === 'collapse-by') return allow('P1');
  return refuse('P1', explain('pseudonym-outside-key', config, { name: variable }));
}
