import type { LocalizedText } from '../datastore/manifest';

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
 * A disclosure rule refused the command (T1, DIFF, ...): the runner emits a `refusal` output, does not apply
 * the command, and goes on with the script. The message must not carry the protected number.
 */
export class EngineRefusal extends Error {
  readonly rule: string;
  readonly code: string;
  readonly text: LocalizedText;
  constructor(rule: string, code: string, text: LocalizedText) {
    super(text.en);
    this.name = 'EngineRefusal';
    this.rule = rule;
    this.code = code;
    this.text = text;
  }
}

/** Shorthand for an engine error with a message in both languages. */
export function engineError(code: string, nb: string, en: string): EngineError {
  return new EngineError(code, { nb, en });
}
