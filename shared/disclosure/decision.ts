import type { LocalizedText } from '../datastore/manifest';
import type { MessageCode } from './messages';

/** Identifiers of the disclosure rules; the rules page and `CONTEXT.md` describe each. */
export type RuleId =
  | 'T1'
  | 'T2'
  | 'T5'
  | 'T6'
  | 'T7'
  | 'T8'
  | 'PCT'
  | 'P1'
  | 'L1'
  | 'CK'
  | 'MAG'
  | 'NK'
  | 'DIFF'
  | 'MODEL'
  | 'BUDGET';

/** A user-facing explanation: a stable code (for logs and tests) and the text in Norwegian and English. */
export interface Explanation {
  code: MessageCode;
  message: LocalizedText;
}

/** The rule lets the output (or command) through, possibly with a notice for the user. */
export interface Allowed {
  outcome: 'ok';
  rule: RuleId;
  notice?: Explanation;
}

/** The rule stops a number (`suppress`: shown as suppressed) or a whole output or command (`refuse`). */
export interface Blocked extends Explanation {
  outcome: 'suppress' | 'refuse';
  rule: RuleId;
}

/** What a rule decided. Messages never contain the protected number, only public thresholds and names. */
export type Decision = Allowed | Blocked;

/** A protected number: the value that may be shown, or the decision that stopped it. */
export type Protected<T> = (Allowed & { value: T }) | Blocked;

/** The rule lets it through. */
export function allow(rule: RuleId, notice?: Explanation): Allowed {
  return notice ? { outcome: 'ok', rule, notice } : { outcome: 'ok', rule };
}

/** The rule lets this value through. */
export function allowValue<T>(rule: RuleId, value: T): Protected<T> {
  return { outcome: 'ok', rule, value };
}

/** The rule stops one number; the rest of the output may still be shown. */
export function suppress(rule: RuleId, explanation: Explanation): Blocked {
  return { outcome: 'suppress', rule, ...explanation };
}

/** The rule stops the whole output or command. */
export function refuse(rule: RuleId, explanation: Explanation): Blocked {
  return { outcome: 'refuse', rule, ...explanation };
}

const severity = { ok: 0, suppress: 1, refuse: 2 } as const;

/** The strictest of several decisions (refuse over suppress over ok; the first of equals), for a gate that applies many rules. */
export function strictest(first: Decision, ...rest: Decision[]): Decision {
  let worst = first;
  for (const d of rest) if (severity[d.outcome] > severity[worst.outcome]) worst = d;
  return worst;
}
