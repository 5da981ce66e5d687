import type { DisclosureConfig } from './config';
import { allow, type Decision, refuse } from './decision';
import { invalidInput, isCount } from './inputs';
import { explain } from './messages';

/** One dummy regressor or factor level (including the reference level) and its units in the estimation sample. */
export interface ModelLevel {
  /** Public label for messages, e.g. `kjonn=2` or `i.fylke: 03`. */
  term: string;
  units: number;
}

/** The aggregate facts the MODEL rule needs about a fitted model. */
export interface ModelFacts {
  /** Units in the estimation sample (N). */
  units: number;
  /** Residual degrees of freedom (N minus estimated parameters, or the model's own definition). */
  residualDf: number;
  /** Every dummy and factor level, with its unit count. */
  levels: readonly ModelLevel[];
}

/**
 * MODEL: refuses a model with fewer than `model.minUnits` units, fewer than `model.minResidualDf` residual degrees
 * of freedom, or a dummy/factor level with fewer than `model.minUnitsPerLevel` units in it or outside it (a
 * dummy that is 1, or 0, for a single unit makes its coefficient that unit's residual). Estimates themselves are
 * exact; residuals, leverage and Cook's distance only ever leave as protected histograms.
 */
export function checkModel(model: ModelFacts, config: DisclosureConfig): Decision {
  const { units, residualDf, levels } = model;
  if (!isCount(units) || !Number.isInteger(residualDf) || residualDf > units)
    return invalidInput('MODEL', config);
  if (units < config.model.minUnits) return refuse('MODEL', explain('model-too-few-units', config));
  if (residualDf < config.model.minResidualDf)
    return refuse('MODEL', explain('model-too-few-residual-df', config));
  const min = config.model.minUnitsPerLevel;
  for (const level of levels) {
    if (!isCount(level.units) || level.units > units) return invalidInput('MODEL', config);
    if (level.units < min || units - level.units < min) {
      return refuse('MODEL', explain('model-small-level', config, { name: level.term }));
    }
  }
  return allow('MODEL');
}
