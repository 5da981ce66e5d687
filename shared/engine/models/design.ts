import type { LocalizedText } from '../../datastore/manifest';
import type { Term } from '../../lang/command-kit/model';
import type { TypedExpr } from '../../lang/plan-expression';
import { quoteIdent, quoteNumber, quoteString } from '../../sql/quote';
import type { DatasetView } from '../dataset-view';
import type { EngineContext } from '../engine-context';
import { HIDDEN } from '../hidden-columns';
import { modelError } from './errors';
import { type ExpandedTerm, expandTerms, termVariableNames } from './terms';

/** One column of the design matrix X. */
export interface DesignColumn {
  /** Stata-style label: `alder`, `2.kjonn`, `2.kjonn#c.alder`, `_cons`. */
  label: string;
  /** SQL for the column's value in a sample row (DOUBLE, never NULL inside the sample). */
  sql: string;
  /** Dummies (factor levels and their interactions) are 0/1 by construction. */
  kind: 'constant' | 'continuous' | 'dummy' | 'product';
}

/** A factor variable's levels in the estimation sample, with their unit counts; the first is the reference. */
export interface FactorLevels {
  name: string;
  levels: { value: number | string; units: number }[];
}

/** What an estimator needs: the sample, y, the candidate columns of X (the constant first) and the factors. */
export interface Design {
  /** `FROM table WHERE ...`: the estimation sample (complete cases meeting the condition). */
  fromWhere: string;
  /** The dependent variable as DOUBLE. */
  dependent: string;
  dependentName: string;
  columns: DesignColumn[];
  hasConstant: boolean;
  factors: FactorLevels[];
  notes: LocalizedText[];
}

/** What a model asks of the design. */
export interface DesignRequest {
  dependent: { name: string; type: 'number' | 'string' };
  terms: readonly Term[];
  condition: TypedExpr | null;
  constant: boolean;
  /** Other variables that must be non-missing in the sample (cluster, duration, group...). */
  required?: readonly string[];
  /** An extra SQL condition on the sample. */
  filter?: string;
}

const MAX_LEVELS = 500;

/** Builds the design: finds the sample's factor levels (one GROUP BY per factor) and writes the columns' SQL. */
export async function buildDesign(
  ctx: EngineContext,
  view: DatasetView,
  request: DesignRequest,
): Promise<Design> {
  const terms = expandTerms(request.terms);
  const names = termVariableNames(terms);
  const required = [request.dependent.name, ...names, ...(request.required ?? [])];
  const where = [...new Set(required)].map((n) => `${quoteIdent(n)} IS NOT NULL`);
  if (request.condition)
    where.push(`coalesce(CAST((${ctx.sqlOf(request.condition, view)}) AS DOUBLE) <> 0, FALSE)`);
  if (request.filter) where.push(`(${request.filter})`);
  const fromWhere = `FROM ${view.table} WHERE ${where.join(' AND ')}`;
  const factorNames = [
    ...new Set(terms.flatMap((t) => t.variables.filter((v) => v.factor).map((v) => v.name))),
  ];
  const factors: FactorLevels[] = [];
  for (const name of factorNames) factors.push(await factorLevels(ctx, fromWhere, name));
  const columns: DesignColumn[] = request.constant ? [{ label: '_cons', sql: '1.0', kind: 'constant' }] : [];
  const notes: LocalizedText[] = [];
  for (const term of terms) columns.push(...termColumns(term, terms, factors, request.constant));
  for (const f of factors) {
    const ref = f.levels[0];
    if (ref)
      notes.push({
        nb: `Referansekategori for ${f.name}: ${ref.value}`,
        en: `Reference level of ${f.name}: ${ref.value}`,
      });
  }
  return {
    fromWhere,
    dependent: `CAST(${quoteIdent(request.dependent.name)} AS DOUBLE)`,
    dependentName: request.dependent.name,
    columns,
    hasConstant: request.constant,
    factors,
    notes,
  };
}

async function factorLevels(ctx: EngineContext, fromWhere: string, name: string): Promise<FactorLevels> {
  const v = quoteIdent(name);
  const rows = await ctx.db.query(`SELECT ${v} AS "value", count(*) AS "units" ${fromWhere} GROUP BY ${v}`);
  if (rows.length > MAX_LEVELS)
    throw modelError(
      'model-too-many-levels',
      `${name} har flere enn ${MAX_LEVELS} verdier og kan ikke brukes som faktorvariabel (i.)`,
      `${name} has more than ${MAX_LEVELS} values and cannot be a factor variable (i.)`,
    );
  const levels = rows.map((r) => ({
    value: typeof r.value === 'number' ? r.value : String(r.value),
    units: Number(r.units),
  }));
  const numeric = levels.every((l) => typeof l.value === 'number' || Number.isFinite(Number(l.value)));
  levels.sort((a, b) =>
    numeric ? Number(a.value) - Number(b.value) : String(a.value) < String(b.value) ? -1 : 1,
  );
  return { name, levels };
}

/** SQL literal of a level value. */
export function levelLiteral(value: number | string): string {
  return typeof value === 'number' ? quoteNumber(value) : quoteString(value);
}

/**
 * The columns of one term. A factor's reference level is left out when the term without that factor is in
 * the model too (its margin: the constant for a main effect, `alder` for `i.kjonn#c.alder` after `alder`), as
 * Stata does; otherwise every level gets a column and collinearity removes what is redundant.
 */
function termColumns(
  term: ExpandedTerm,
  all: readonly ExpandedTerm[],
  factors: readonly FactorLevels[],
  constant: boolean,
): DesignColumn[] {
  let parts: { label: string[]; sql: string[]; dummy: boolean }[] = [{ label: [], sql: [], dummy: true }];
  for (const variable of term.variables) {
    const v = quoteIdent(variable.name);
    if (!variable.factor) {
      const prefix = term.variables.length > 1 ? 'c.' : '';
      parts = parts.map((p) => ({
        label: [...p.label, `${prefix}${variable.name}`],
        sql: [...p.sql, `CAST(${v} AS DOUBLE)`],
        dummy: false,
      }));
      continue;
    }
    const levels = factors.find((f) => f.name === variable.name)?.levels ?? [];
    const rest = term.variables.filter((x) => x !== variable);
    const marginPresent = rest.length === 0 ? constant : all.some((t) => sameVariables(t.variables, rest));
    const used = marginPresent ? levels.slice(1) : levels;
    parts = parts.flatMap((p) =>
      used.map((l) => ({
        label: [...p.label, `${l.value}.${variable.name}`],
        sql: [...p.sql, `CAST((${v} = ${levelLiteral(l.value)}) AS DOUBLE)`],
        dummy: p.dummy,
      })),
    );
  }
  return parts.map((p) => ({
    label: p.label.join('#'),
    sql: p.sql.join(' * '),
    kind: p.dummy ? 'dummy' : term.variables.length > 1 ? 'product' : 'continuous',
  }));
}

function sameVariables(
  a: readonly { name: string; factor: boolean }[],
  b: readonly { name: string; factor: boolean }[],
) {
  if (a.length !== b.length) return false;
  return a.every((x) => b.some((y) => y.name === x.name && y.factor === x.factor));
}

/** The hidden key column of a sample row, for the cell key sum of N. */
export const KEY_COLUMN = quoteIdent(HIDDEN.key);
