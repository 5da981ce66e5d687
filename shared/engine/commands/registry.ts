import type { StepKind, StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import type { StepEffect } from './effect';

export type { LabelChange, LabelSet, StepEffect } from './effect';

/**
 * Runs one plan step. Data commands return the change they want (`StepEffect`) and never touch the
 * workspace themselves; analysis commands call `ctx.emit(raw)` and return nothing. Throw `EngineError`
 * to stop the script, `EngineRefusal` to refuse just this command (errors.ts).
 */
export type StepHandler<K extends StepKind> = (
  step: StepOf<K>,
  ctx: EngineContext,
) => Promise<StepEffect | undefined>;

/** A handler for every step kind that has one. */
export type HandlerMap = { [K in StepKind]?: StepHandler<K> };

/** The engine's command handlers by step kind. Helpers add one line each (keep the language registry's order). */
export const handlers: HandlerMap = {};

/** The handler of a step kind, or undefined when the engine cannot run that command yet. */
export function handlerOf<K extends StepKind>(kind: K): StepHandler<K> | undefined {
  return handlers[kind] as StepHandler<K> | undefined;
}
