import { chargeQueryBudget } from '../disclosure/budget';
import type { DisclosureConfig } from '../disclosure/config';
import type { Blocked } from '../disclosure/decision';
import { explain } from '../disclosure/messages';
import { decisionsOf, type GateDecision } from './gate-audit';
import { fingerprintOf } from './gate-fingerprint';
import type { GateState } from './gate-state';
import { type Output, OutputSchema } from './output';
import type { RawEnvelope } from './protect/raw-envelope';
import { protect, type RawOutput } from './protect/registry';

export type { GateAction, GateDecision } from './gate-audit';
export { type GateState, gateStateFromJson, gateStateToJson, newGateState } from './gate-state';

/** Outputs that passed the gate in this process. Anything else is refused on the way out. */
const released = new WeakSet<Output>();

/** Receives every decision the gate makes, for the audit log. */
export type GateAudit = (decision: GateDecision) => void;

/**
 * The disclosure gate: every result of every command passes here and nowhere else. It applies the family's
 * rules (`protect/`), validates the published shape (dropping anything the schema does not name), charges the
 * query budget (an identical repeat is free: consistent noise makes it worthless), passes budget warnings on as
 * a notice, audits every refusal and suppressed cell, and stamps and freezes what it releases.
 *
 * It fails closed: a protector that throws, or an output that does not match `OutputSchema`, becomes a refusal
 * (rule GATE, code `invalid-input`) that carries nothing from the raw result, never an exception.
 */
export function release(
  raw: RawOutput,
  config: DisclosureConfig,
  state: GateState,
  audit: GateAudit = () => {},
): Output[] {
  const envelope = envelopeOf(raw);
  const published = protectSafely(raw, envelope, config);
  const fingerprint = fingerprintOf(published);
  const carriesNumbers = published.some((o) => o.kind === 'table' || o.kind === 'chart');
  const isNew = carriesNumbers && !state.releasedFingerprints.has(fingerprint);
  const charge = chargeQueryBudget(state.budget, isNew ? 1 : 0, config);
  let outputs: Output[];
  if (charge.decision.outcome !== 'ok') {
    outputs = [refusalOutput(envelope, charge.decision)];
  } else {
    state.budget = charge.state;
    outputs = published;
    if (isNew) {
      state.releasedFingerprints.add(fingerprint);
      const notice = charge.decision.notice;
      if (notice) {
        outputs = [...published, { ...envelope, kind: 'notice', message: notice.message }];
        audit({
          ...envelope,
          rule: 'BUDGET',
          code: notice.code,
          action: 'notice',
          output: published.length,
          fingerprint,
        });
      }
    }
  }
  for (const decision of decisionsOf(outputs, fingerprint)) audit(decision);
  return outputs.map(stamp);
}

/**
 * Releases a command's refusal (T1, DIFF, T6 from the population guard, P1, ...) as an output: refusals are
 * outputs too, and must carry the stamp like any other. Audited as `refused`.
 */
export function releaseRefusal(
  envelope: RawEnvelope,
  decision: Blocked,
  audit: GateAudit = () => {},
): Output {
  const output = refusalOutput(envelopeOf(envelope), decision);
  for (const d of decisionsOf([output], fingerprintOf([output]))) audit(d);
  return stamp(output);
}

/**
 * Releases the error that stopped a script (bad input, missing variable, interrupted). The message must be
 * written by the engine from names and the script, never from data values; the gate checks the shape.
 */
export function releaseError(
  envelope: RawEnvelope,
  error: { code: string; message: { nb: string; en: string } },
): Output {
  const parsed = OutputSchema.safeParse({ ...envelopeOf(envelope), kind: 'error', ...error });
  if (!parsed.success)
    return stamp({ ...envelopeOf(envelope), kind: 'error', code: 'internal', message: internalError });
  return stamp(parsed.data);
}

/** True when the output came out of the gate in this process. */
export function isReleased(output: Output): boolean {
  return released.has(output);
}

/** Throws unless every output came out of the gate: the last check before results are stored or sent. */
export function assertReleased(outputs: readonly Output[]): void {
  for (const output of outputs) {
    if (typeof output !== 'object' || output === null || !released.has(output))
      throw new UnreleasedOutputError(typeof output?.line === 'number' ? output.line : null);
  }
}

/** An output reached the output path without passing the gate: an engine bug, and nothing may be sent. */
export class UnreleasedOutputError extends Error {
  constructor(readonly line: number | null) {
    super(`an output${line === null ? '' : ` of line ${line}`} did not pass the disclosure gate`);
    this.name = 'UnreleasedOutputError';
  }
}

const internalError = {
  nb: 'En intern feil stoppet skriptet.',
  en: 'An internal error stopped the script.',
};

/** Runs the protector and validates its outputs; anything unexpected becomes one GATE refusal. */
function protectSafely(raw: RawOutput, envelope: RawEnvelope, config: DisclosureConfig): Output[] {
  try {
    const outputs: unknown = protect(raw, { config });
    if (!Array.isArray(outputs) || outputs.length === 0) return [gateRefusal(envelope, config)];
    const parsed: Output[] = [];
    for (const output of outputs) {
      // The envelope is the raw result's, whatever the protector wrote; unknown keys are stripped by the schema.
      const result = OutputSchema.safeParse({ ...(output as object), ...envelope });
      if (!result.success) return [gateRefusal(envelope, config)];
      parsed.push(result.data);
    }
    fingerprintOf(parsed);
    return parsed;
  } catch {
    return [gateRefusal(envelope, config)];
  }
}

function gateRefusal(envelope: RawEnvelope, config: DisclosureConfig): Output {
  return {
    ...envelope,
    kind: 'refusal',
    rule: 'GATE',
    ...explain('invalid-input', config, { rule: 'GATE' }),
  };
}

function refusalOutput(envelope: RawEnvelope, decision: Blocked): Output {
  const { rule, code, message } = decision;
  return { ...envelope, kind: 'refusal', rule, code, message: { nb: message.nb, en: message.en } };
}

/** A valid envelope whatever the raw result carried, so even a refusal of malformed input passes the schema. */
function envelopeOf(raw: Partial<RawEnvelope>): RawEnvelope {
  const line = Number.isSafeInteger(raw.line) && (raw.line as number) > 0 ? (raw.line as number) : 1;
  const command = typeof raw.command === 'string' ? raw.command : '';
  const s = raw.span;
  const valid = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
  const span = s && valid(s.start) && valid(s.end) ? { start: s.start, end: s.end } : { start: 0, end: 0 };
  return { line, command, span };
}

function stamp(output: Output): Output {
  deepFreeze(output);
  released.add(output);
  return output;
}

// Frozen, so nothing can change a released output between the gate and the output path.
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
}
