/**
 * Disclosure control: every rule as a pure function over small aggregates, one configuration object, the SQL
 * that computes those aggregates, and the public rules page. See CONTEXT.md for how the engine's gate applies
 * them to each output type.
 */
export { type BoxPlotInput, type ProtectedBox, protectBoxPlot } from './box-plot';
export { type BudgetCharge, chargeQueryBudget, emptyQueryBudget, type QueryBudgetState } from './budget';
export { type CountCell, perturbCount } from './cell-key';
export { checkChangedUnits, type UnitChange } from './change-count';
export {
  type DisclosureConfig,
  DisclosureConfigSchema,
  defaultDisclosureConfig,
  type ParsedDisclosureConfig,
  parseDisclosureConfig,
} from './config';
export {
  type Allowed,
  allow,
  allowValue,
  type Blocked,
  type Decision,
  type Explanation,
  type Protected,
  type RuleId,
  refuse,
  strictest,
  suppress,
} from './decision';
export { checkDifferencing, type PopulationDifference } from './differencing';
export { checkDominance } from './dominance';
export { formatNumber, formatPercent, type Language } from './format';
export { checkOutputShape, type OutputShape } from './listing';
export { type MagnitudeCell, perturbMean, perturbSum } from './magnitude';
export { explain, MESSAGE_CODES, type MessageCode } from './messages';
export { checkModel, type ModelFacts, type ModelLevel } from './model';
export { checkPercentile, protectPercentile } from './percentile';
export { checkPopulationSize } from './population';
export { checkPseudonymUse, type PseudonymRole } from './pseudonym';
export {
  buildPerturbationTable,
  deviationFor,
  KEY_SPACE,
  type PerturbationRow,
  type PerturbationTable,
  perturbationTableFor,
  rowFor,
} from './ptable';
export { roundForT8, roundSignificant } from './rounding';
export { renderRulesPage } from './rules-page';
export {
  aliasedSelectList,
  cellKeySumSql,
  clipSql,
  countCellSql,
  magnitudeCellSql,
  percentileSql,
  populationDifferenceSql,
  readCountCell,
  readMagnitudeCell,
  recordKeyIntSql,
  winsorBoundsSql,
  winsorizedSelectSql,
} from './sql';
export { checkSummaryUnits } from './summary';
export { checkLowCellShare } from './table';
export { checkWinsorBasis, winsorMinimumUnits } from './winsor';
