import type { JobExecutor } from './executor';
import { unavailableExecutor } from './unavailable-executor';

/** The executor `registerlab serve` and `start` use. The engine replaces this one line with its own. */
export function createDefaultExecutor(): JobExecutor {
  return unavailableExecutor;
}
