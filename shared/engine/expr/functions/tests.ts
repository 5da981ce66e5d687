import { quoteString } from '../../../sql/quote';
import type { ExprScope, FunctionSql, SqlArg } from '../scope';
import { dbl, flag, letIn, num } from '../sql-kit';

/** Tests: 0 or 1, never missing; a missing value is in no range and no list. */
export const testSql: Record<string, FunctionSql> = {
  inrange: ([x, lo, hi], scope) =>
    letIn(scope, [x!.sql, lo!.sql, hi!.sql], ([v, a, b]) =>
      // A missing bound leaves that side open.
      flag(`${v} IS NOT NULL AND (${a} IS NULL OR ${v} >= ${a}) AND (${b} IS NULL OR ${v} <= ${b})`),
    ),
  inlist: ([x, ...values]) => flag(`${x!.sql} IN (${values.map((v) => v.sql).join(', ')})`),
  sysmiss: ([x]) => `CAST(${x!.sql} IS NULL AS INTEGER)`,
  inlabels: ([x, ...labels], scope) => {
    const codes = labelCodes(x!, scope);
    if (codes.length === 0) return '0';
    if (labels.every((l) => l.expr.kind === 'string')) {
      const wanted = new Set(labels.map((l) => (l.expr.kind === 'string' ? l.expr.value : '')));
      return codeTest(
        x!,
        codes.filter(([, label]) => wanted.has(label)),
      );
    }
    return flag(`${labelOf(x!, codes)} IN (${labels.map((l) => l.sql).join(', ')})`);
  },
  labelcontains: ([x, text], scope) => {
    const codes = labelCodes(x!, scope);
    if (codes.length === 0) return '0';
    if (text!.expr.kind === 'string') {
      const needle = text!.expr.value.toLowerCase();
      return codeTest(
        x!,
        codes.filter(([, label]) => label.toLowerCase().includes(needle)),
      );
    }
    return flag(`contains(lower(${labelOf(x!, codes)}), lower(${text!.sql}))`);
  },
  label_to_code: ([x, label], scope) => {
    const codes = labelCodes(x!, scope);
    if (label!.expr.kind === 'string') {
      const wanted = label!.expr.value;
      const hit = codes.find(([, l]) => l === wanted);
      return hit ? hit[0] : 'NULL';
    }
    if (codes.length === 0) return 'NULL';
    const seen = new Set<string>();
    const branches = codes.filter(([, l]) => !seen.has(l) && seen.add(l));
    return `(CASE ${label!.sql} ${branches.map(([c, l]) => `WHEN ${quoteString(l)} THEN ${c}`).join(' ')} END)`;
  },
  quantile: ([x, n]) =>
    `(CASE WHEN ${x!.sql} IS NULL THEN NULL ELSE floor(${dbl(n!.sql)} * (rank() OVER (ORDER BY ${x!.sql}) - 1) / count(${x!.sql}) OVER ()) END)`,
};

/** The labelled codes of a column argument as SQL literals of its type, with their labels. */
function labelCodes(x: SqlArg, scope: ExprScope): [string, string][] {
  if (x.expr.kind !== 'column') return [];
  const labels = scope.view.labelsOf(x.expr.name);
  if (!labels) return [];
  const out: [string, string][] = [];
  for (const [code, label] of labels) {
    if (x.expr.type === 'string') out.push([quoteString(code), label]);
    else if (code.trim() !== '' && Number.isFinite(Number(code))) out.push([num(Number(code)), label]);
  }
  return out;
}

function codeTest(x: SqlArg, codes: [string, string][]): string {
  if (codes.length === 0) return '0';
  return flag(`${x.sql} IN (${codes.map(([c]) => c).join(', ')})`);
}

function labelOf(x: SqlArg, codes: [string, string][]): string {
  return `(CASE ${x.sql} ${codes.map(([c, l]) => `WHEN ${c} THEN ${quoteString(l)}`).join(' ')} END)`;
}
