import type { StepOf } from '../../lang/plan';
import { analysisSource } from '../analysis/source';
import type { EngineContext } from '../engine-context';
import { buildSummary } from './summary-common';

/** `normaltest var-list [if]`: skewness, kurtosis and the Jarque-Bera test on winsorised values. */
export async function normaltest(step: StepOf<'normaltest'>, ctx: EngineContext): Promise<undefined> {
  const source = analysisSource(ctx, step.dataset, step.condition);
  const variables = step.variables.map((v) => v.name);
  const stats = ['count', 'skewness', 'kurtosis', 'jb', 'jbP'] as const;
  ctx.emit(
    await buildSummary(ctx, step, source, variables, [], [...stats], `normaltest ${variables.join(' ')}`),
  );
}
