import { checkModel } from '../../disclosure/model';
import { quoteIdent, quoteNumber } from '../../sql/quote';
import type { StepEffect } from '../commands/effect';
import type { ColumnInfo, DatasetView } from '../dataset-view';
import type { EngineContext } from '../engine-context';
import { allColumnsSelect } from '../workspace-sql';
import type { Design } from './design';
import type { Fit } from './fit';
import type { SampleFacts } from './moments';
import { modelLevels } from './report';

/** A new variable a *-predict command adds: its name and its SQL over a row of the dataset's table. */
export interface NewVariable {
  name: string;
  sql: string;
}

/** The sample condition of a design over a row of the dataset's table (for values only the sample gets). */
export function sampleConditionSql(design: Design): string {
  const where = design.fromWhere.slice(design.fromWhere.indexOf(' WHERE ') + ' WHERE '.length);
  return where;
}

/** The linear prediction x'β in the original (unshifted) columns, NULL where a regressor is missing. */
export function linearPredictionSql(design: Design, fit: Fit): string {
  const parts = fit.labels.map((label, j) => {
    const column = design.columns.find((c) => c.label === label);
    const b = quoteNumber(fit.estimate[j]!);
    return column?.kind === 'constant' || !column ? b : `${b} * (${column.sql})`;
  });
  return parts.join(' + ');
}

/**
 * The change a *-predict command makes: the dataset rebuilt with the new variables (DOUBLE) added at the end.
 * The MODEL rule is checked first: a model that may not be shown leaves only missing values behind.
 */
export function predictionEffect(
  ctx: EngineContext,
  view: DatasetView,
  design: Design,
  facts: SampleFacts,
  residualDf: number,
  wanted: readonly NewVariable[],
  helpers: Readonly<Record<string, string>> = {},
): StepEffect {
  let variables = wanted;
  // A refused model (its table becomes a refusal at the gate) leaves its variables empty, so the script goes on.
  const decision = checkModel(
    { units: facts.n, residualDf, levels: modelLevels(design, facts) },
    ctx.disclosure,
  );
  if (decision.outcome !== 'ok') variables = variables.map((v) => ({ name: v.name, sql: 'NULL' }));
  const added: ColumnInfo[] = variables.map((v) => ({
    name: v.name,
    valueType: 'decimal',
    codeList: null,
    pseudonymOf: null,
  }));
  const kept = view.columns.filter((c) => !variables.some((v) => v.name === c.name));
  const select = [
    allColumnsSelect({ ...view, columns: kept }),
    ...variables.map((v) => `CAST(${v.sql} AS DOUBLE) AS ${quoteIdent(v.name)}`),
  ].join(', ');
  const helperList = Object.entries(helpers).map(([alias, sql]) => `${sql} AS ${quoteIdent(alias)}`);
  // Helpers (e.g. the linear prediction) are computed once per row in a subquery the new variables read.
  const from = helperList.length > 0 ? `(SELECT *, ${helperList.join(', ')} FROM ${view.table})` : view.table;
  return {
    rewrites: [
      {
        dataset: view.name,
        select: `SELECT ${select} FROM ${from}`,
        columns: [...kept, ...added],
        unitType: view.unitType,
        shape: view.shape,
        changesPopulation: false,
      },
    ],
  };
}

/** SQL that is `value` inside the estimation sample and NULL outside. */
export function inSample(design: Design, value: string): string {
  return `CASE WHEN ${sampleConditionSql(design)} THEN ${value} END`;
}

const PREDICTION_KEYS = ['predicted', 'residuals', 'cooksd', 'probabilities', 'effects'];

/**
 * Option value of a new-variable option (`predicted(name)`), or null. With none of them given, `predicted` is
 * `predicted`, as the checker assumes.
 */
export function newName(options: Record<string, unknown>, key: string): string | null {
  const v = options[key];
  if (typeof v === 'string') return v;
  const none = PREDICTION_KEYS.every((k) => typeof options[k] !== 'string');
  return none && key === 'predicted' ? 'predicted' : null;
}
