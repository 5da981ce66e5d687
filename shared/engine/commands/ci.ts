import type { StepOf } from '../../lang/plan';
import { analysisSource } from '../analysis/source';
import type { EngineContext } from '../engine-context';
import { engineError } from '../errors';
import { buildSummary } from './summary-common';

/** `ci var-list [if] [, level(n)]`: mean, standard error and confidence interval from the published N and mean. */
export async function ci(step: StepOf<'ci'>, ctx: EngineContext): Promise<undefined> {
  const level = step.options.level ?? 95;
  if (!(level > 0 && level < 100))
    throw engineError('bad-level', 'level() må være mellom 0 og 100.', 'level() must be between 0 and 100.');
  const source = analysisSource(ctx, step.dataset, step.condition);
  const variables = step.variables.map((v) => v.name);
  const stats = ['count', 'mean', 'se', 'ciLow', 'ciHigh'] as const;
  const raw = await buildSummary(
    ctx,
    step,
    source,
    variables,
    [],
    [...stats],
    `ci ${variables.join(' ')}, level(${level})`,
  );
  ctx.emit({ ...raw, level });
}
