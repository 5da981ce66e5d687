import type { z } from 'zod';
import type { RecodeRuleSchema } from '../../lang/commands/recode';
import { quoteIdent, quoteLiteral } from '../../sql/quote';
import type { ColumnInfo } from '../dataset-view';
import { num } from '../expr/sql-kit';
import { dayNumberOf } from '../expr/sql-of';
import { hiddenSelect, withUnits } from '../workspace-sql';
import { conditionOrNull, guardAssignment } from './assign-kit';
import type { LabelChange } from './effect';
import type { StepHandler } from './registry';

type Rule = z.infer<typeof RecodeRuleSchema>;
type Match = Rule['matches'][number];

const literal = (v: number | string | null): string => (typeof v === 'number' ? num(v) : quoteLiteral(v));

/** SQL that is true when `value` matches one pattern of a rule (`else` also takes missing, as in Stata). */
function matchSql(m: Match, value: string): string {
  switch (m.kind) {
    case 'value':
      return `${value} = ${literal(m.value)}`;
    case 'range': {
      const parts = [`${value} IS NOT NULL`];
      if (m.low !== null) parts.push(`${value} >= ${num(m.low)}`);
      if (m.high !== null) parts.push(`${value} <= ${num(m.high)}`);
      return `(${parts.join(' AND ')})`;
    }
    case 'else':
      return 'TRUE';
    case 'missing':
      return `${value} IS NULL`;
    case 'nonmissing':
      return `${value} IS NOT NULL`;
  }
}

/**
 * `recode vars (rule) ... [if] [, prefix() generate()]`: the first rule a value matches gives the new value;
 * values no rule matches stay. With `if`, units outside the condition keep their value (or get missing in a
 * new variable). Labels in rules become the label set `recode:<target>`, assigned to the target.
 */
export const recodeHandler: StepHandler<'recode'> = async (step, ctx) => {
  const view = withUnits(ctx.workspace.get(step.dataset));
  const condition = conditionOrNull(step.condition, view);
  await guardAssignment(ctx, view, step.condition);
  const replaced = new Map<string, { sql: string; column: ColumnInfo }>();
  const labels: LabelChange[] = [];
  step.variables.forEach((variable, i) => {
    const target = step.targets[i]!;
    const info = view.columns.find((c) => c.name === variable.name)!;
    const value = info.valueType === 'date' ? dayNumberOf(quoteIdent(info.name)) : quoteIdent(info.name);
    const branches = step.rules.map(
      (r) => `WHEN ${r.matches.map((m) => matchSql(m, value)).join(' OR ')} THEN ${literal(r.to)}`,
    );
    const recoded = `(CASE ${branches.join(' ')} ELSE ${value} END)`;
    const kept = target === variable.name ? value : 'NULL';
    const sql = condition === null ? recoded : `(CASE WHEN ${condition} THEN ${recoded} ELSE ${kept} END)`;
    replaced.set(target, {
      sql,
      column: { ...info, name: target, valueType: valueTypeOf(info, step.rules) },
    });
    const entries = step.rules
      .filter((r) => r.label !== null && r.to !== null)
      .map((r) => ({ value: r.to!, label: r.label! }));
    if (entries.length > 0) {
      const name = `recode:${target}`;
      labels.push({ kind: 'define', set: { name, type: variable.type, entries } });
      labels.push({ kind: 'assign', dataset: view.name, variable: target, labels: name });
    }
  });
  const columns = view.columns.map((c) => replaced.get(c.name)?.column ?? c);
  const list = view.columns.map((c) => {
    const r = replaced.get(c.name);
    return r ? `${r.sql} AS ${quoteIdent(c.name)}` : quoteIdent(c.name);
  });
  for (const [name, r] of replaced) {
    if (view.columns.some((c) => c.name === name)) continue;
    columns.push(r.column);
    list.push(`${r.sql} AS ${quoteIdent(name)}`);
  }
  return {
    rewrites: [
      {
        dataset: view.name,
        select: `SELECT ${[hiddenSelect(view.shape), ...list].join(', ')} FROM ${view.table}`,
        columns,
        unitType: view.unitType,
        shape: view.shape,
        changesPopulation: false,
      },
    ],
    labels: labels.length > 0 ? labels : undefined,
  };
};

/** Integers stay integers when every new value is whole; dates become day numbers. */
function valueTypeOf(info: ColumnInfo, rules: readonly Rule[]): ColumnInfo['valueType'] {
  if (info.valueType === 'string') return 'string';
  const whole = rules.every((r) => r.to === null || (typeof r.to === 'number' && Number.isInteger(r.to)));
  return info.valueType === 'integer' && whole ? 'integer' : 'decimal';
}
