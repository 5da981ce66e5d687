import type { StepEffect } from '../commands/effect';
import type { EngineContext } from '../engine-context';
import { normalCdfSql } from './families';
import { inSample, linearPredictionSql, type NewVariable, newName, predictionEffect } from './predict';
import { emitGlm, fitGlmStep, type GlmCommand } from './run-glm';
import { type ModelStep, optionsOf } from './step';

const XB = '@xb';

/**
 * logit-, probit- and poisson-predict: the model's table, then new variables. Binary models: `probabilities` =
 * p̂, `predicted` = the predicted class (1 when p̂ ≥ 0.5), `residuals` = y − p̂ (sample only). Poisson:
 * `predicted` = the expected count exp(x'β) (times the exposure), `residuals` = y − predicted.
 */
export async function runGlmPredict(
  step: ModelStep,
  ctx: EngineContext,
  command: GlmCommand,
): Promise<StepEffect> {
  const fitted = await fitGlmStep(step, ctx, command);
  const { view, design, facts, fit } = fitted;
  const o = optionsOf(step);
  const xb = `"${XB}"`;
  const helpers: Record<string, string> = {
    [XB]: fitted.offset
      ? `(${linearPredictionSql(design, fit)}) + ${fitted.offset}`
      : linearPredictionSql(design, fit),
  };
  const mean =
    command.family.name === 'poisson'
      ? `exp(${xb})`
      : command.family.name === 'logit'
        ? `(1.0 / (1.0 + exp(-${xb})))`
        : normalCdfSql(xb);
  const variables: NewVariable[] = [];
  const predicted = newName(o, 'predicted');
  const residuals = newName(o, 'residuals');
  const probabilities = newName(o, 'probabilities');
  const binary = command.family.name !== 'poisson';
  if (predicted)
    variables.push({
      name: predicted,
      sql: binary ? `CASE WHEN ${mean} >= 0.5 THEN 1.0 WHEN ${mean} < 0.5 THEN 0.0 END` : mean,
    });
  if (residuals)
    variables.push({ name: residuals, sql: inSample(design, `(${design.dependent} - ${mean})`) });
  if (probabilities && binary) variables.push({ name: probabilities, sql: mean });
  const effect = predictionEffect(ctx, view, design, facts, fit.residualDf, variables, helpers);
  emitGlm(step, ctx, command, fitted);
  return effect;
}
