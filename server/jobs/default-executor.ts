import { createEngineExecutor } from '../engine/engine-executor';
import type { JobExecutor } from './executor';

/** The executor `registerlab serve` and `start` use: the DuckDB engine over the sealed datastores. */
export function createDefaultExecutor(): JobExecutor {
  return createEngineExecutor();
}
