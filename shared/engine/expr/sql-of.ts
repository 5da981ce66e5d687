import type { TypedExpr } from '../../lang/plan';
import { quoteIdent, quoteString } from '../../sql/quote';
import type { DatasetView } from '../dataset-view';
import { functionSql } from './functions';
import type { ExprScope } from './scope';
import { dbl, finite, flag, num, truth } from './sql-kit';

type Binary = Extract<TypedExpr, { kind: 'binary' }>;

const COMPARE: Partial<Record<Binary['op'], string>> = {
  '==': '=',
  '!=': '<>',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};

/**
 * SQL for a typed expression over the columns of `view`, with microdata.no's missing values as SQL NULL:
 * missing propagates through arithmetic and functions, a comparison with a missing side is false (0),
 * `& | !` treat missing as false and always give 0 or 1. Numbers come out as DOUBLE (or integers for
 * 0/1 results and date parts), strings as VARCHAR.
 */
export function sqlOf(expr: TypedExpr, view: DatasetView): string {
  const sql = new ExprCompiler(view).value(expr);
  // Infinite or NaN results (exp overflow, densities at a pole) are missing; checked once, at the root.
  return expr.type === 'number' && !isFlag(expr) ? finite(sql) : sql;
}

function isFlag(expr: TypedExpr): boolean {
  return (
    (expr.kind === 'binary' && (COMPARE[expr.op] !== undefined || expr.op === '&' || expr.op === '|')) ||
    (expr.kind === 'unary' && expr.op === '!')
  );
}

/** SQL boolean for a condition (`if ...`): TRUE exactly when the expression is neither missing nor 0. */
export function conditionSql(expr: TypedExpr, view: DatasetView): string {
  return new ExprCompiler(view).condition(expr);
}

/** True when the expression needs a window over the whole dataset (`quantile`), so it cannot go in WHERE. */
export function usesWindow(expr: TypedExpr): boolean {
  switch (expr.kind) {
    case 'unary':
      return usesWindow(expr.operand);
    case 'binary':
      return usesWindow(expr.left) || usesWindow(expr.right);
    case 'call':
      return expr.function === 'quantile' || expr.args.some(usesWindow);
    default:
      return false;
  }
}

/** A date column as a day number (days since 1970-01-01); workspace tables hold dates as DATE. */
export function dayNumberOf(columnSql: string): string {
  return `(${columnSql} - DATE '1970-01-01')`;
}

class ExprCompiler implements ExprScope {
  private counter = 0;

  constructor(readonly view: DatasetView) {}

  fresh(): string {
    this.counter += 1;
    return quoteIdent(`@x${this.counter}`);
  }

  value(expr: TypedExpr): string {
    switch (expr.kind) {
      case 'number':
        return num(expr.value);
      case 'string':
        return quoteString(expr.value);
      case 'date':
        return num(expr.days);
      case 'missing':
        return 'NULL';
      case 'column':
        return this.column(expr);
      case 'unary':
        return expr.op === '-'
          ? `(- ${dbl(this.value(expr.operand))})`
          : flag(`NOT ${this.condition(expr.operand)}`);
      case 'binary':
        return this.binary(expr);
      case 'call': {
        const args = expr.args.map((a) => ({ sql: this.value(a), expr: a }));
        return functionSql(expr.function)(args, this);
      }
    }
  }

  condition(expr: TypedExpr): string {
    if (expr.kind === 'unary' && expr.op === '!') return `(NOT ${this.condition(expr.operand)})`;
    if (expr.kind === 'binary') {
      const cmp = COMPARE[expr.op];
      if (cmp) return `coalesce(${this.value(expr.left)} ${cmp} ${this.value(expr.right)}, false)`;
      if (expr.op === '&') return `(${this.condition(expr.left)} AND ${this.condition(expr.right)})`;
      if (expr.op === '|') return `(${this.condition(expr.left)} OR ${this.condition(expr.right)})`;
    }
    return truth(this.value(expr));
  }

  private column(expr: Extract<TypedExpr, { kind: 'column' }>): string {
    if (!this.view.columns.some((c) => c.name === expr.name)) {
      throw new Error(`the dataset ${this.view.name} has no variable ${expr.name}`);
    }
    const sql = quoteIdent(expr.name);
    return expr.valueType === 'date' ? dayNumberOf(sql) : sql;
  }

  private binary(expr: Binary): string {
    if (COMPARE[expr.op] || expr.op === '&' || expr.op === '|') return flag(this.condition(expr));
    const l = this.value(expr.left);
    const r = this.value(expr.right);
    switch (expr.op) {
      case '++':
        return `(${l} || ${r})`;
      case '^':
        return `pow(${dbl(l)}, ${dbl(r)})`;
      case '/':
        // DOUBLE x / 0 is infinite in DuckDB; here it is missing, before any comparison sees it.
        return `(${dbl(l)} / nullif(${dbl(r)}, 0))`;
      default:
        return `(${dbl(l)} ${expr.op} ${dbl(r)})`;
    }
  }
}
