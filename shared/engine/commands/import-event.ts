import { quoteDate, quoteIdent } from '../../sql/quote';
import { HIDDEN } from '../hidden-columns';
import { importedColumn, keyJoinSql, keyValueSql, variableMeta } from './import-sql';
import type { StepHandler } from './registry';

/**
 * `import-event VAR a to b`: an event dataset with one row per spell that overlaps [a, b] (start ≤ b and the
 * spell not ended before a), with the value and the spell's own `START@x` / `STOP@x` (missing while ongoing).
 */
export const importEventHandler: StepHandler<'import-event'> = async (step, ctx) => {
  const meta = variableMeta(ctx.source, step.variable.name);
  const from = quoteDate(step.from);
  const to = quoteDate(step.to);
  const q = quoteIdent;
  const dateColumn = (name: string) => ({
    name,
    valueType: 'date' as const,
    codeList: null,
    pseudonymOf: null,
  });
  const select = [
    `SELECT v.unit_id AS ${q(HIDDEN.unit)}, ${keyValueSql('k')} AS ${q(HIDDEN.key)},`,
    `row_number() OVER (ORDER BY v.unit_id, v.start) AS ${q(HIDDEN.spell)},`,
    `v.value AS ${q(step.as)}, v.start AS ${q(step.startName)}, v.stop AS ${q(step.stopName)}`,
    `FROM ${ctx.source.variableSql(meta.name)} AS v ${keyJoinSql(ctx.source, meta.unitType, 'k', 'v.unit_id')}`,
    `WHERE v.start <= ${to} AND (v.stop IS NULL OR v.stop >= ${from})`,
  ].join(' ');
  return {
    rewrites: [
      {
        dataset: step.dataset,
        select,
        columns: [importedColumn(meta, step.as), dateColumn(step.startName), dateColumn(step.stopName)],
        unitType: meta.unitType,
        shape: 'events',
        changesPopulation: true,
      },
    ],
  };
};
