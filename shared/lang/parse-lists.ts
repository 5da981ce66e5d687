import { type ArgCursor, Failed } from './arg-cursor';
import type { ArgNode, NameArg, RecodeMatchNode, RecodeRuleNode, StatGroupNode } from './ast';
import { cover, type Span } from './spans';
import { isOp, isWord, tokenSpan } from './tokens';

/** `value label value label ...` of define-labels. */
export function labels(c: ArgCursor): ArgNode {
  const pairs: { value: number | string; valueSpan: Span; label: string; labelSpan: Span }[] = [];
  const start = c.here();
  while (c.peek()) {
    const value = c.labelValue();
    const t = c.peek();
    if (!t) {
      c.sink.report('label-pairs', value.span);
      throw new Failed();
    }
    if (t.kind !== 'string' && t.kind !== 'word' && t.kind !== 'number') c.fail('en label', 'a label');
    c.pos++;
    pairs.push({ value: value.value, valueSpan: value.span, label: t.text, labelSpan: tokenSpan(t) });
  }
  if (pairs.length === 0) c.fail('verdi og label', 'a value and a label');
  return { kind: 'labels', pairs, span: cover(start, pairs[pairs.length - 1]!.labelSpan) };
}
/** `(rule) (rule) ...` of recode. */
export function recodeRules(c: ArgCursor): ArgNode {
  const rules: RecodeRuleNode[] = [];
  while (isOp(c.peek(), '(')) rules.push(recodeRule(c));
  if (rules.length === 0) c.fail('en regel som (1/5 = 1)', 'a rule like (1/5 = 1)');
  return { kind: 'recode-rules', rules, span: cover(rules[0]!.span, rules[rules.length - 1]!.span) };
}
function recodeRule(c: ArgCursor): RecodeRuleNode {
  const open = c.tokens[c.pos++]!;
  const matches: RecodeMatchNode[] = [];
  while (c.peek() && !isOp(c.peek(), '=')) matches.push(recodeMatch(c));
  if (matches.length === 0) c.fail('verdier før =', 'values before =');
  c.expectOp('=');
  const target = c.peek();
  let to: RecodeRuleNode['to'];
  if (isOp(target, '.')) {
    c.pos++;
    to = { value: null, span: tokenSpan(target!) };
  } else to = c.labelValue();
  let label: RecodeRuleNode['label'] = null;
  const l = c.peek();
  if (l && (l.kind === 'string' || l.kind === 'word')) {
    c.pos++;
    label = { text: l.text, span: tokenSpan(l) };
  }
  const close = c.expectOp(')');
  return { matches, to, label, span: cover(tokenSpan(open), tokenSpan(close)) };
}
function recodeMatch(c: ArgCursor): RecodeMatchNode {
  const t = c.peek()!;
  const s = tokenSpan(t);
  if (isWord(t, 'else') || isOp(t, '*')) {
    c.pos++;
    return { kind: 'else', span: s };
  }
  if (isWord(t, 'missing') || isOp(t, '.')) {
    c.pos++;
    return { kind: 'missing', span: s };
  }
  if (isWord(t, 'nonmissing')) {
    c.pos++;
    return { kind: 'nonmissing', span: s };
  }
  if (t.kind === 'string') {
    c.pos++;
    return { kind: 'value', value: t.text, span: s };
  }
  const low = rangeEnd(c, 'min');
  if (isOp(c.peek(), '/')) {
    c.pos++;
    const high = rangeEnd(c, 'max');
    return {
      kind: 'range',
      low: low.value as number | 'min',
      high: high.value as number | 'max',
      span: cover(low.span, high.span),
    };
  }
  if (typeof low.value === 'string') c.fail('et tall', 'a number');
  return { kind: 'value', value: low.value, span: low.span };
}
function rangeEnd(c: ArgCursor, word: 'min' | 'max'): { value: number | 'min' | 'max'; span: Span } {
  const t = c.peek();
  if (isWord(t, 'min') || isWord(t, 'max')) {
    c.pos++;
    return { value: t!.text as 'min' | 'max', span: tokenSpan(t!) };
  }
  const v = c.labelValue();
  if (typeof v.value !== 'number') return c.fail(`et tall eller ${word}`, `a number or ${word}`);
  return { value: v.value, span: v.span };
}
/** `(statistic) var [-> new] ...` groups of collapse and aggregate. */
export function statGroups(c: ArgCursor): ArgNode {
  const groups: StatGroupNode[] = [];
  const start = c.here();
  while (isOp(c.peek(), '(')) {
    c.pos++;
    const stat = c.name('statistikk');
    c.expectOp(')');
    const items = pairs(c);
    if (items.length === 0) c.fail('en variabel', 'a variable');
    groups.push({ stat: stat.name, statSpan: stat.span, items });
  }
  if (groups.length === 0) c.fail('(statistikk) variabel', '(statistic) variable');
  return { kind: 'stat-groups', groups, span: cover(start, c.lastSpan()) };
}
function pairs(c: ArgCursor): { source: NameArg; target: NameArg | null }[] {
  const items: { source: NameArg; target: NameArg | null }[] = [];
  while (c.isName(c.peek())) {
    const source = c.name('en variabel');
    let target: NameArg | null = null;
    if (isOp(c.peek(), '->')) {
      c.pos++;
      target = c.name('et nytt variabelnavn');
    }
    items.push({ source, target });
  }
  return items;
}
/** `var [-> new] ...` of clone-variables. */
export function clonePairs(c: ArgCursor): ArgNode {
  const start = c.here();
  const items = pairs(c);
  if (items.length === 0) c.fail('en variabel', 'a variable');
  return { kind: 'clone-pairs', items, span: cover(start, c.lastSpan()) };
}
