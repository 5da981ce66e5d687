import type { LocalizedText } from '../datastore/manifest';
import type { Blocked, Decision } from '../disclosure/decision';

/**
 * A command that cannot run (a missing dataset, a type clash found only at run time, a DuckDB failure, the
 * time limit): the runner stops the script here with an `error` output at the command's line.
 */
export class EngineError extends Error {
  readonly code: string;
  readonly text: LocalizedText;
  constructor(code: string, text: LocalizedText, options?: { cause?: unknown }) {
    super(text.en, options);
    this.name = 'EngineError';
    this.code = code;
    this.text = text;
  }
}

/**
 * A disclosure rule refused the command (T1, DIFF, T6, ...): the runner emits a `refusal` output (through the
 * gate's `releaseRefusal`), does not apply the command, and goes on with the script. The decision's message
 * never carries the protected number.
 */
export class EngineRefusal extends Error {
  readonly decision: Blocked;
  constructor(decision: Blocked) {
    super(decision.message.en);
    this.name = 'EngineRefusal';
    this.decision = decision;
  }
}

/** Shorthand for an engine error with a message in both languages. */
export function engineError(code: string, nb: string, en: string): EngineError {
  return new EngineError(code, { nb, en });
}

/** Throws the refusal a blocked disclosure decision stands for (T1, DIFF, T6 ...); does nothing when allowed. */
export function refuseUnlessAllowed(decision: Decision): void {
  if (decision.outcome === 'ok') return;
  throw new EngineRefusal(decision);
}
