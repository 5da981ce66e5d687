import type { StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { probitFamily } from '../models/families';
import { runGlm } from '../models/run-glm';

/** `probit`: probit regression by Newton–Raphson in DuckDB (observed information, as Stata). */
export async function runProbit(step: StepOf<'probit'>, ctx: EngineContext): Promise<undefined> {
  await runGlm(step, ctx, { family: probitFamily, title: 'Probit regression' });
  return undefined;
}
