import type { Token } from './tokens';

/** The value of a `let` binding or a loop variable. */
export type BindingValue =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'symbol'; value: string }
  | { kind: 'date'; value: string }
  /** Not computable before the script runs (it mentions variables): substituted as written. */
  | { kind: 'tokens'; tokens: Token[] }
  /** Its definition failed (already reported): commands using it are skipped quietly. */
  | { kind: 'error' };

/** How a number reads when it becomes part of a name or string (`2000`, `3.5`). */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

/** The text a value contributes to `++`. */
export function valueText(v: BindingValue): string {
  switch (v.kind) {
    case 'number':
      return formatNumber(v.value);
    case 'string':
    case 'symbol':
    case 'date':
      return v.value;
    case 'tokens':
      return v.tokens.map((t) => t.text).join(' ');
    case 'error':
      return '';
  }
}

/** A token standing for a value, placed at `at` (the span of the reference it replaces). */
export function valueToken(v: BindingValue, at: { start: number; end: number }, spaceBefore: boolean): Token {
  const base = { start: at.start, end: at.end, spaceBefore };
  switch (v.kind) {
    case 'number':
      return { ...base, kind: 'number', text: formatNumber(v.value), num: v.value };
    case 'string':
      return { ...base, kind: 'string', text: v.value, quote: '"' };
    case 'date':
      return { ...base, kind: 'date', text: v.value };
    default:
      return { ...base, kind: 'word', text: valueText(v) };
  }
}
