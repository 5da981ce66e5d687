import { quoteNumber } from '../../sql/quote';
import type { ExprScope } from './scope';

/** A number as a DOUBLE literal, so that integer arithmetic never overflows INT32 (`2147483647 + 1`). */
export function num(value: number): string {
  const text = quoteNumber(value);
  return Number.isInteger(value) && !text.endsWith('::DOUBLE') ? `(${text}::DOUBLE)` : `(${text})`;
}

/** The SQL cast to DOUBLE. */
export function dbl(sql: string): string {
  return `CAST(${sql} AS DOUBLE)`;
}

/** A boolean as the language's 0/1 number; an unknown (NULL) boolean counts as false. */
export function flag(bool: string): string {
  return `CAST(coalesce(${bool}, false) AS INTEGER)`;
}

/** A number as a boolean: true when it is neither missing nor 0 (the language's truth). */
export function truth(numeric: string): string {
  return `coalesce((${numeric}) <> 0, false)`;
}

/** A DOUBLE with NaN and ±infinity (x / 0, overflow, pow(-1, 0.5)) turned into missing; evaluates once. */
export function finite(sql: string): string {
  return `nullif(nullif(nullif(${sql}, 'NaN'::DOUBLE), 'Infinity'::DOUBLE), '-Infinity'::DOUBLE)`;
}

/** Evaluates the expression and gives missing instead of failing (log of 0, invalid dates, overflow). */
export function safe(sql: string): string {
  return `try(${sql})`;
}

// Short argument SQL is cheap to repeat; longer SQL is bound once so nested calls cannot blow up the text.
const INLINE_LIMIT = 60;

/**
 * Binds values once and builds a body over them. Short SQL is repeated inline; otherwise the values go
 * through a one-element list and a lambda, DuckDB's only expression-level `let`.
 */
export function letIn(scope: ExprScope, values: readonly string[], body: (refs: string[]) => string): string {
  if (values.every((v) => v.length <= INLINE_LIMIT)) return body([...values]);
  const name = scope.fresh();
  const fields = values.map((v, i) => `'v${i}': ${v}`).join(', ');
  const refs = values.map((_, i) => `${name}.v${i}`);
  return `(list_transform([{${fields}}], lambda ${name}: ${body(refs)})[1])`;
}

/** `CASE WHEN cond THEN value END` chains: the first matching branch, else the fallback (missing by default). */
export function cases(branches: readonly [string, string][], otherwise = 'NULL'): string {
  return `(CASE ${branches.map(([c, v]) => `WHEN ${c} THEN ${v}`).join(' ')} ELSE ${otherwise} END)`;
}
