import type { StepKind } from '../lang/plan';

/**
 * Commands that only produce output and never change the workspace. Replaying a workspace (rebuilding it
 * from earlier runs) skips them; every other command, including ones added later, is replayed.
 */
const OUTPUT_ONLY: ReadonlySet<string> = new Set([
  'tabulate',
  'tabulate-panel',
  'summarize',
  'summarize-panel',
  'correlate',
  'ci',
  'normaltest',
  'anova',
  'transitions-panel',
  'histogram',
  'barchart',
  'boxplot',
  'hexbin',
  'piechart',
  'sankey',
  'coefplot',
  'regress',
  'logit',
  'probit',
  'mlogit',
  'poisson',
  'negative-binomial',
  'ivregress',
  'regress-panel',
  'regress-panel-diff',
  'hausman',
  'regress-mml',
  'oaxaca',
  'rdd',
  'cox',
  'kaplan-meier',
  'weibull',
  'textblock',
  'help',
  'help-function',
  'history',
  'variables',
  'list-labels',
  'configure',
  'edit',
  'load',
  'save',
]);

/** True when a replay must run this step because it may change the workspace. */
export function changesWorkspace(kind: StepKind): boolean {
  return !OUTPUT_ONLY.has(kind);
}
