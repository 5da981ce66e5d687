import type { CommandSpec } from '../command-kit/syntax';
import { aggregateCommand } from './aggregate';
import { anovaCommand } from './anova';
import { assignLabelsCommand } from './assign-labels';
import { barchartCommand } from './barchart';
import { boxplotCommand } from './boxplot';
import { ciCommand } from './ci';
import { clearCommand } from './clear';
import { cloneDatasetCommand } from './clone-dataset';
import { cloneUnitsCommand } from './clone-units';
import { cloneVariablesCommand } from './clone-variables';
import { coefplotCommand } from './coefplot';
import { collapseCommand } from './collapse';
import { configureCommand } from './configure';
import { correlateCommand } from './correlate';
import { coxCommand } from './cox';
import { createDatasetCommand } from './create-dataset';
import { defineLabelsCommand } from './define-labels';
import { deleteDatasetCommand } from './delete-dataset';
import { destringCommand } from './destring';
import { dropCommand } from './drop';
import { dropLabelsCommand } from './drop-labels';
import { editCommand } from './edit';
import { endCommand } from './end';
import { forCommand } from './for';
import { generateCommand } from './generate';
import { hausmanCommand } from './hausman';
import { helpCommand } from './help';
import { helpFunctionCommand } from './help-function';
import { hexbinCommand } from './hexbin';
import { histogramCommand } from './histogram';
import { historyCommand } from './history';
import { importCommand } from './import';
import { importEventCommand } from './import-event';
import { importPanelCommand } from './import-panel';
import { ivregressCommand } from './ivregress';
import { ivregressPredictCommand } from './ivregress-predict';
import { kaplanMeierCommand } from './kaplan-meier';
import { keepCommand } from './keep';
import { letCommand } from './let';
import { listLabelsCommand } from './list-labels';
import { loadCommand } from './load';
import { logitCommand } from './logit';
import { logitPredictCommand } from './logit-predict';
import { mergeCommand } from './merge';
import { mlogitCommand } from './mlogit';
import { mlogitPredictCommand } from './mlogit-predict';
import { negativeBinomialCommand } from './negative-binomial';
import { negativeBinomialPredictCommand } from './negative-binomial-predict';
import { normaltestCommand } from './normaltest';
import { oaxacaCommand } from './oaxaca';
import { piechartCommand } from './piechart';
import { poissonCommand } from './poisson';
import { poissonPredictCommand } from './poisson-predict';
import { probitCommand } from './probit';
import { probitPredictCommand } from './probit-predict';
import { rddCommand } from './rdd';
import { recodeCommand } from './recode';
import { regressCommand } from './regress';
import { regressMmlCommand } from './regress-mml';
import { regressMmlPredictCommand } from './regress-mml-predict';
import { regressPanelCommand } from './regress-panel';
import { regressPanelDiffCommand } from './regress-panel-diff';
import { regressPanelPredictCommand } from './regress-panel-predict';
import { regressPredictCommand } from './regress-predict';
import { renameCommand } from './rename';
import { renameDatasetCommand } from './rename-dataset';
import { replaceCommand } from './replace';
import { requireCommand } from './require';
import { reshapeFromPanelCommand } from './reshape-from-panel';
import { reshapeToPanelCommand } from './reshape-to-panel';
import { sampleCommand } from './sample';
import { sankeyCommand } from './sankey';
import { saveCommand } from './save';
import { summarizeCommand } from './summarize';
import { summarizePanelCommand } from './summarize-panel';
import { tabulateCommand } from './tabulate';
import { tabulatePanelCommand } from './tabulate-panel';
import { textblockCommand } from './textblock';
import { transitionsPanelCommand } from './transitions-panel';
import { useCommand } from './use';
import { variablesCommand } from './variables';
import { weibullCommand } from './weibull';

/** Every command that reaches the checker, in the manual's order. The plan schema is built from this list. */
export const commandList = [
  requireCommand,
  createDatasetCommand,
  useCommand,
  cloneDatasetCommand,
  cloneUnitsCommand,
  renameDatasetCommand,
  deleteDatasetCommand,
  importCommand,
  importEventCommand,
  importPanelCommand,
  generateCommand,
  replaceCommand,
  renameCommand,
  cloneVariablesCommand,
  dropCommand,
  keepCommand,
  recodeCommand,
  destringCommand,
  collapseCommand,
  aggregateCommand,
  mergeCommand,
  reshapeToPanelCommand,
  reshapeFromPanelCommand,
  sampleCommand,
  defineLabelsCommand,
  assignLabelsCommand,
  dropLabelsCommand,
  listLabelsCommand,
  tabulateCommand,
  tabulatePanelCommand,
  summarizeCommand,
  summarizePanelCommand,
  correlateCommand,
  ciCommand,
  normaltestCommand,
  anovaCommand,
  transitionsPanelCommand,
  histogramCommand,
  barchartCommand,
  boxplotCommand,
  hexbinCommand,
  piechartCommand,
  sankeyCommand,
  coefplotCommand,
  regressCommand,
  regressPredictCommand,
  logitCommand,
  logitPredictCommand,
  probitCommand,
  probitPredictCommand,
  mlogitCommand,
  mlogitPredictCommand,
  poissonCommand,
  poissonPredictCommand,
  negativeBinomialCommand,
  negativeBinomialPredictCommand,
  ivregressCommand,
  ivregressPredictCommand,
  regressPanelCommand,
  regressPanelPredictCommand,
  regressPanelDiffCommand,
  hausmanCommand,
  regressMmlCommand,
  regressMmlPredictCommand,
  oaxacaCommand,
  rddCommand,
  coxCommand,
  kaplanMeierCommand,
  weibullCommand,
  textblockCommand,
  helpCommand,
  helpFunctionCommand,
  historyCommand,
  variablesCommand,
  clearCommand,
  configureCommand,
  editCommand,
  loadCommand,
  saveCommand,
] as const;

/** A command definition of the registry. */
export type RegisteredCommand = (typeof commandList)[number];

/** Commands by name. */
export const commands: ReadonlyMap<string, RegisteredCommand> = new Map(commandList.map((c) => [c.name, c]));

/** Every command's syntax and help, including let, for and end: what help pages and completion read. */
export const commandSpecs: readonly CommandSpec[] = [...commandList, letCommand, forCommand, endCommand];
