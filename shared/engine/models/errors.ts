import { type EngineError, engineError } from '../errors';

/**
 * A model that cannot be estimated as asked (wrong kind of dependent variable, no usable observations, a
 * singular system): an `EngineError` that stops the script at the command, nothing published.
 */
export function modelError(code: string, nb: string, en: string): EngineError {
  return engineError(code, nb, en);
}
