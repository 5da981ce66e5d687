import { chargeQueryBudget, type QueryBudgetState } from '../disclosure/budget';
import type { DisclosureConfig } from '../disclosure/config';
import { type Output, OutputSchema } from './output';
import { protect, type RawOutput } from './protect/registry';

/** Outputs that passed the gate in this process. Anything else is refused on the way out. */
const released = new WeakSet<Output>();

/** The gate's memory within one workspace: the query budget and fingerprints of outputs already released. */
export interface GateState {
  budget: QueryBudgetState;
  releasedFingerprints: Set<string>;
}

/** A fresh gate state for a new workspace. */
export function newGateState(): GateState {
  return { budget: { used: 0 }, releasedFingerprints: new Set() };
}

/** A decision the gate made, for the audit log. */
export interface GateDecision {
  line: number;
  command: string;
  rule: string;
  code: string;
}

/**
 * The disclosure gate: every result of every command passes here and nowhere else. It applies the family's
 * rules (`protect/`), charges the query budget (an identical repeat is free: consistent noise makes it
 * worthless), validates the published shape, and stamps what it releases.
 */
export function release(
  raw: RawOutput,
  config: DisclosureConfig,
  state: GateState,
  audit: (decision: GateDecision) => void = () => {},
): Output[] {
  const outputs = protect(raw, { config });
  const fingerprint = JSON.stringify({ ...raw, line: 0, span: null });
  const isNew =
    outputs.some((o) => o.kind === 'table' || o.kind === 'chart') &&
    !state.releasedFingerprints.has(fingerprint);
  const charge = chargeQueryBudget(state.budget, isNew ? 1 : 0, config);
  const checked: Output[] = [];
  if (charge.decision.outcome === 'refuse') {
    const { rule, code, message } = charge.decision;
    checked.push({
      line: raw.line,
      command: raw.command,
      span: raw.span,
      kind: 'refusal',
      rule,
      code,
      message,
    });
  } else {
    state.budget = charge.state;
    if (isNew) state.releasedFingerprints.add(fingerprint);
    checked.push(...outputs.map((o) => OutputSchema.parse(o)));
  }
  for (const output of checked) {
    if (output.kind === 'refusal')
      audit({ line: output.line, command: output.command, rule: output.rule, code: output.code });
    released.add(output);
  }
  return checked;
}

/** True when the output came out of the gate in this process. */
export function isReleased(output: Output): boolean {
  return released.has(output);
}

/** Throws unless every output came out of the gate: the last check before results are stored or sent. */
export function assertReleased(outputs: readonly Output[]): void {
  for (const output of outputs) {
    if (!released.has(output))
      throw new Error(`an output of line ${output.line} did not pass the disclosure gate`);
  }
}
