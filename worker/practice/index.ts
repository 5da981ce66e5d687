// Practice mode's public face for the worker: add `practice: createPracticeApi()` to the comlink API object.
export type { PracticeFileStrategy } from './browser-files';
export type { PracticeSessionOptions } from './browser-session';
export {
  createPracticeApi,
  type PracticeApi,
  type PracticeLoadResult,
  type PracticeRunOutcome,
} from './practice-api';
export type { PracticeRunResult } from './practice-run';
