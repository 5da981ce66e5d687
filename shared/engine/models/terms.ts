import type { Term } from '../../lang/command-kit/model';

/** One variable of an expanded term: a factor (dummies per level) or a continuous variable. */
export interface TermVariable {
  name: string;
  type: 'number' | 'string';
  factor: boolean;
}

/** A term after `##` expansion: a main effect (one variable) or an interaction of several. */
export interface ExpandedTerm {
  variables: TermVariable[];
}

/**
 * Expands factor syntax as Stata does: `i.a` is a factor, `c.a` or a bare name continuous; inside `#` and
 * `##` a bare name is a factor; `a##b##c` is every non-empty subset (main effects, then pairs, then the
 * triple). Duplicate terms (the same variables) are kept once, at their first place.
 */
export function expandTerms(terms: readonly Term[]): ExpandedTerm[] {
  const out: ExpandedTerm[] = [];
  const seen = new Set<string>();
  const push = (variables: TermVariable[]) => {
    const key = variables
      .map((v) => `${v.factor ? 'i' : 'c'}.${v.name}`)
      .sort()
      .join('#');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ variables });
  };
  for (const term of terms) {
    const vars: TermVariable[] = term.factors.map((f) => ({
      name: f.name,
      type: f.type,
      factor: f.type === 'string' || f.prefix === 'i' || (term.interaction !== null && f.prefix !== 'c'),
    }));
    if (term.interaction === '##') {
      for (const subset of subsetsBySize(vars.length)) push(subset.map((i) => vars[i]!));
    } else push(vars);
  }
  return out;
}

function subsetsBySize(n: number): number[][] {
  const all: number[][] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const s: number[] = [];
    for (let i = 0; i < n; i++) if (mask & (1 << i)) s.push(i);
    all.push(s);
  }
  return all.sort((a, b) => a.length - b.length || compareLex(a, b));
}

function compareLex(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The distinct variable names a set of terms uses, in order of first use. */
export function termVariableNames(terms: readonly ExpandedTerm[]): string[] {
  return [...new Set(terms.flatMap((t) => t.variables.map((v) => v.name)))];
}
