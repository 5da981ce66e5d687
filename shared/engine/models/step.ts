import type { StepOf } from '../../lang/plan';
import type { RawEnvelope } from '../protect/raw-envelope';

/** Kinds of model steps (every command built with the model factory). */
export type ModelStepKind =
  | 'regress'
  | 'regress-predict'
  | 'logit'
  | 'logit-predict'
  | 'probit'
  | 'probit-predict'
  | 'mlogit'
  | 'mlogit-predict'
  | 'poisson'
  | 'poisson-predict'
  | 'negative-binomial'
  | 'negative-binomial-predict'
  | 'ivregress'
  | 'ivregress-predict'
  | 'regress-panel'
  | 'regress-panel-predict'
  | 'hausman'
  | 'regress-panel-diff'
  | 'regress-mml'
  | 'regress-mml-predict'
  | 'oaxaca'
  | 'rdd'
  | 'kaplan-meier'
  | 'cox'
  | 'weibull';

/** A model step of any kind. */
export type ModelStep = StepOf<ModelStepKind>;

/** The envelope (line, command, span) of a step's output. */
export function envelopeOf(step: {
  kind: string;
  line: number;
  span: { start: number; end: number };
}): RawEnvelope {
  return { line: step.line, command: step.kind, span: step.span };
}

/** Options of a model step as a plain record (each command declares its own subset). */
export function optionsOf(step: ModelStep): Record<string, unknown> {
  return step.options as Record<string, unknown>;
}

/** Confidence level in percent from `level(n)` (default 95), checked to lie in (10, 99.99). */
export function levelOf(options: Record<string, unknown>): number {
  const level = options.level;
  return typeof level === 'number' && level >= 10 && level <= 99.99 ? level : 95;
}
