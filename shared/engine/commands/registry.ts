import type { StepKind, StepOf } from '../../lang/plan';
import type { EngineContext } from '../engine-context';
import { aggregateHandler } from './aggregate';
import { anova } from './anova';
import { barchart } from './barchart';
import { boxplot } from './boxplot';
import { ci } from './ci';
import { cloneVariablesHandler } from './clone-variables';
import { runCoefplot } from './coefplot';
import { collapseHandler } from './collapse';
import { correlate } from './correlate';
import {
  cloneDatasetHandler,
  cloneUnitsHandler,
  createDatasetHandler,
  deleteDatasetHandler,
  renameDatasetHandler,
  useHandler,
} from './datasets';
import { destringHandler } from './destring';
import { dropHandler, keepHandler } from './drop-keep';
import type { StepEffect } from './effect';
import { generateHandler } from './generate';
import { runHausman } from './hausman';
import { hexbin } from './hexbin';
import { histogram } from './histogram';
import { importHandler } from './import';
import { importEventHandler } from './import-event';
import { importPanelHandler } from './import-panel';
import { runIvregress } from './ivregress';
import { runIvregressPredict } from './ivregress-predict';
import { assignLabelsHandler, defineLabelsHandler, dropLabelsHandler, listLabelsHandler } from './labels';
import { runLogit } from './logit';
import { runLogitPredict } from './logit-predict';
import { mergeHandler } from './merge';
import { runMlogit } from './mlogit';
import { runMlogitPredict } from './mlogit-predict';
import { normaltest } from './normaltest';
import { piechart } from './piechart';
import { runPoisson } from './poisson';
import { runPoissonPredict } from './poisson-predict';
import { runProbit } from './probit';
import { runProbitPredict } from './probit-predict';
import { recodeHandler } from './recode';
import { runRegress } from './regress';
import { runRegressPanel } from './regress-panel';
import { runRegressPanelDiff } from './regress-panel-diff';
import { runRegressPanelPredict } from './regress-panel-predict';
import { runRegressPredict } from './regress-predict';
import { renameHandler } from './rename';
import { replaceHandler } from './replace';
import { requireHandler } from './require';
import { reshapeFromPanelHandler } from './reshape-from-panel';
import { reshapeToPanelHandler } from './reshape-to-panel';
import { sampleHandler } from './sample';
import { sankey } from './sankey';
import {
  clearHandler,
  helpFunctionHandler,
  helpHandler,
  historyHandler,
  inertHandler,
  textblockHandler,
  variablesHandler,
} from './session';
import { summarize } from './summarize';
import { summarizePanel } from './summarize-panel';
import { tabulate } from './tabulate';
import { tabulatePanel } from './tabulate-panel';
import { transitionsPanel } from './transitions-panel';

export type { LabelChange, LabelSet, StepEffect } from './effect';

/**
 * Runs one plan step. Data commands return the change they want (`StepEffect`) and never touch the
 * workspace themselves; analysis commands call `ctx.emit(raw)` and return nothing. Throw `EngineError`
 * to stop the script, `EngineRefusal` to refuse just this command (errors.ts).
 */
export type StepHandler<K extends StepKind> = (
  step: StepOf<K>,
  ctx: EngineContext,
) => Promise<StepEffect | undefined>;

/** A handler for every step kind that has one. */
export type HandlerMap = { [K in StepKind]?: StepHandler<K> };

/** The engine's command handlers by step kind. Helpers add one line each (keep the language registry's order). */
export const handlers: HandlerMap = {
  require: requireHandler,
  'create-dataset': createDatasetHandler,
  use: useHandler,
  'clone-dataset': cloneDatasetHandler,
  'clone-units': cloneUnitsHandler,
  'rename-dataset': renameDatasetHandler,
  'delete-dataset': deleteDatasetHandler,
  import: importHandler,
  'import-event': importEventHandler,
  'import-panel': importPanelHandler,
  generate: generateHandler,
  replace: replaceHandler,
  rename: renameHandler,
  'clone-variables': cloneVariablesHandler,
  drop: dropHandler,
  keep: keepHandler,
  recode: recodeHandler,
  destring: destringHandler,
  collapse: collapseHandler,
  aggregate: aggregateHandler,
  merge: mergeHandler,
  'reshape-to-panel': reshapeToPanelHandler,
  'reshape-from-panel': reshapeFromPanelHandler,
  sample: sampleHandler,
  'define-labels': defineLabelsHandler,
  'assign-labels': assignLabelsHandler,
  'drop-labels': dropLabelsHandler,
  'list-labels': listLabelsHandler,
  textblock: textblockHandler,
  help: helpHandler,
  'help-function': helpFunctionHandler,
  history: historyHandler,
  variables: variablesHandler,
  clear: clearHandler,
  configure: inertHandler,
  edit: inertHandler,
  load: inertHandler,
  save: inertHandler,
  tabulate,
  'tabulate-panel': tabulatePanel,
  summarize,
  'summarize-panel': summarizePanel,
  correlate,
  ci,
  normaltest,
  anova,
  'transitions-panel': transitionsPanel,
  histogram,
  barchart,
  boxplot,
  hexbin,
  piechart,
  sankey,
  regress: runRegress,
  'regress-predict': runRegressPredict,
  logit: runLogit,
  'logit-predict': runLogitPredict,
  probit: runProbit,
  'probit-predict': runProbitPredict,
  poisson: runPoisson,
  'poisson-predict': runPoissonPredict,
  'regress-panel': runRegressPanel,
  hausman: runHausman,
  mlogit: runMlogit,
  ivregress: runIvregress,
  'ivregress-predict': runIvregressPredict,
  'mlogit-predict': runMlogitPredict,
  'regress-panel-predict': runRegressPanelPredict,
  coefplot: runCoefplot,
  'regress-panel-diff': runRegressPanelDiff,
};

/** The handler of a step kind, or undefined when the engine cannot run that command yet. */
export function handlerOf<K extends StepKind>(kind: K): StepHandler<K> | undefined {
  return handlers[kind] as StepHandler<K> | undefined;
}
