import type { ExpandedLine, ForStatement, Script, Statement } from './ast';
import { type BindingValue, valueToken } from './binding-values';
import { DiagnosticSink } from './diagnostic-sink';
import type { Diagnostic } from './diagnostics';
import { BINDING_FUNCTIONS, concatValues, evaluateOperand, evaluateTokens } from './macro-eval';
import { closestName } from './suggest';
import { isOp, type Token } from './tokens';

/** Commands after bindings and loops are expanded; spans still point into the original text. */
export interface ExpandResult {
  value: ExpandedLine[];
  diagnostics: Diagnostic[];
}

/** At most this many commands come out of loops, so that `for i in 1 : 1000000000` cannot hang. */
export const EXPANSION_LIMIT = 20_000;

/** Expands `let`, `for ... end`, `$name`, `${name}`, binding functions and `++` name building. */
export function expandMacros(script: Script): ExpandResult {
  const expander = new Expander();
  expander.block(script.statements);
  const last = script.statements[script.statements.length - 1];
  const end = last ? last.span.end : 0;
  return { value: expander.out, diagnostics: expander.sink.finish({ start: end, end }) };
}

class Expander {
  readonly out: ExpandedLine[] = [];
  readonly sink = new DiagnosticSink();
  private readonly env = new Map<string, BindingValue>();
  private stopped = false;
  private loopDepth = 0;
  private fromLoops = 0;

  block(statements: readonly Statement[]): void {
    for (const s of statements) {
      if (this.stopped) return;
      this.statement(s);
    }
  }

  private statement(s: Statement): void {
    switch (s.kind) {
      case 'textblock':
        this.emit({ kind: 'textblock', tokens: [], text: s.text, span: s.span });
        return;
      case 'let':
        this.env.set(s.name, this.letValue(s.value));
        return;
      case 'for':
        this.loop(s);
        return;
      case 'line': {
        const tokens = this.substitute(s.tokens);
        if (tokens) this.emit({ kind: 'line', tokens, span: s.span });
      }
    }
  }

  private emit(line: ExpandedLine): void {
    if (this.loopDepth > 0 && ++this.fromLoops > EXPANSION_LIMIT) {
      this.sink.report('expansion-limit', line.span, { limit: EXPANSION_LIMIT });
      this.stopped = true;
      return;
    }
    this.out.push(line);
  }

  private lookup = (name: string) => this.env.get(name);

  private letValue(tokens: Token[]): BindingValue {
    if (tokens.length === 1 && tokens[0]!.kind === 'word') return { kind: 'symbol', value: tokens[0]!.text };
    const result = evaluateTokens(tokens, this.lookup);
    if (result.ok) return result.value;
    if (result.reason === 'error') {
      this.sink.report(
        'binding-evaluation',
        { start: result.start, end: result.end },
        { detail: result.detail },
      );
      return { kind: 'error' };
    }
    const substituted = this.substitute(tokens);
    return substituted ? { kind: 'tokens', tokens: substituted } : { kind: 'error' };
  }

  private loop(s: ForStatement): void {
    const groups: { names: string[]; rows: BindingValue[][] }[] = [];
    for (const g of s.groups) {
      const lists: BindingValue[][] = [];
      for (const l of g.lists) {
        const items = this.listItems(l);
        if (!items) return;
        lists.push(items);
      }
      const merged = g.names.length === 1 && lists.length > 1 ? [lists.flat()] : lists;
      if (merged.length !== g.names.length) {
        this.sink.report('for-syntax', g.span, {
          detail: `${g.names.length} names but ${merged.length} lists of values`,
        });
        return;
      }
      const length = merged[0]!.length;
      const other = merged.find((l) => l.length !== length);
      if (other) {
        this.sink.report('for-length-mismatch', g.span, { expected: length, found: other.length });
        return;
      }
      const rows = Array.from({ length }, (_, i) => merged.map((l) => l[i]!));
      groups.push({ names: g.names.map((n) => n.name), rows });
    }
    this.loopDepth++;
    this.iterate(groups, 0, s);
    this.loopDepth--;
  }

  private iterate(
    groups: { names: string[]; rows: BindingValue[][] }[],
    level: number,
    s: ForStatement,
  ): void {
    const group = groups[level];
    if (!group) {
      this.block(s.body);
      return;
    }
    for (const row of group.rows) {
      if (this.stopped) return;
      group.names.forEach((name, i) => {
        this.env.set(name, row[i]!);
      });
      this.iterate(groups, level + 1, s);
    }
  }

  /** Values of one loop list: `a : b` ranges, or items separated by spaces. */
  private listItems(tokens: Token[]): BindingValue[] | null {
    const resolved = this.substitute(tokens);
    if (!resolved) return null;
    const colon = resolved.findIndex((t) => isOp(t, ':'));
    if (colon >= 0) return this.range(resolved, colon);
    const items: BindingValue[] = [];
    for (let i = 0; i < resolved.length; i++) {
      const t = resolved[i]!;
      const next = resolved[i + 1];
      if (isOp(t, '-') && next?.kind === 'number' && !next.spaceBefore) {
        items.push({ kind: 'number', value: -(next.num ?? 0) });
        i++;
      } else if (t.kind === 'number') items.push({ kind: 'number', value: t.num ?? Number(t.text) });
      else if (t.kind === 'string') items.push({ kind: 'string', value: t.text });
      else if (t.kind === 'date') items.push({ kind: 'date', value: t.text });
      else if (t.kind === 'word') items.push({ kind: 'symbol', value: t.text });
      else {
        this.sink.report(
          'for-syntax',
          { start: t.start, end: t.end },
          { detail: `'${t.text}' cannot be a loop value` },
        );
        return null;
      }
    }
    return items;
  }

  private range(tokens: Token[], colon: number): BindingValue[] | null {
    const where = { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end };
    const from = evaluateTokens(tokens.slice(0, colon), this.lookup);
    const to = evaluateTokens(tokens.slice(colon + 1), this.lookup);
    if (!from.ok || !to.ok || from.value.kind !== 'number' || to.value.kind !== 'number') {
      this.sink.report('for-syntax', where, { detail: 'a range needs whole numbers on both sides of :' });
      return null;
    }
    const a = from.value.value;
    const b = to.value.value;
    if (!Number.isInteger(a) || !Number.isInteger(b) || b < a) {
      this.sink.report('for-syntax', where, {
        detail: `${a} : ${b} is not an ascending range of whole numbers`,
      });
      return null;
    }
    if (b - a >= EXPANSION_LIMIT) {
      this.sink.report('expansion-limit', where, { limit: EXPANSION_LIMIT });
      return null;
    }
    return Array.from({ length: b - a + 1 }, (_, i) => ({ kind: 'number' as const, value: a + i }));
  }

  /** Replaces bindings, glues what they touch, evaluates binding functions and folds `++`; null drops the line. */
  private substitute(tokens: readonly Token[]): Token[] | null {
    const out: Token[] = [];
    const fromBinding = new Set<Token>();
    for (const t of tokens) {
      if (t.kind !== 'binding') {
        out.push(t);
        continue;
      }
      const v = this.env.get(t.text);
      if (!v) {
        const hint = closestName(t.text, this.env.keys());
        this.sink.report(
          'unknown-binding',
          { start: t.start, end: t.end },
          { name: t.text, hint: hint ? `$${hint}` : '' },
        );
        return null;
      }
      if (v.kind === 'error') return null;
      if (v.kind === 'tokens') {
        v.tokens.forEach((inner, i) => {
          out.push({
            ...inner,
            start: t.start,
            end: t.end,
            spaceBefore: i === 0 ? t.spaceBefore : inner.spaceBefore,
          });
        });
        continue;
      }
      const token = valueToken(v, t, t.spaceBefore);
      fromBinding.add(token);
      out.push(token);
    }
    const glued = fromBinding.size ? glue(out, fromBinding) : out;
    const called = this.bindingCalls(glued);
    return called && this.concatenations(called);
  }

  private bindingCalls(tokens: Token[]): Token[] | null {
    if (!tokens.some((t) => t.kind === 'word' && BINDING_FUNCTIONS.has(t.text))) return tokens;
    const out: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || !BINDING_FUNCTIONS.has(t.text) || !isOp(tokens[i + 1], '(')) {
        out.push(t);
        continue;
      }
      const close = matchingParen(tokens, i + 1);
      const call = tokens.slice(i, close + 1);
      const result = evaluateTokens(call, this.lookup);
      const where = { start: t.start, end: (tokens[close] ?? t).end };
      if (!result.ok) {
        if (result.reason === 'error') {
          this.sink.report(
            'binding-evaluation',
            { start: result.start, end: result.end },
            { detail: result.detail },
          );
        } else this.sink.report('binding-function-not-constant', where, { name: t.text });
        return null;
      }
      out.push(valueToken(result.value, where, t.spaceBefore));
      i = close;
    }
    return out;
  }

  /** Folds `a ++ b` when both sides are known now; other `++` stay for string concatenation at run time. */
  private concatenations(tokens: Token[]): Token[] | null {
    if (!tokens.some((t) => isOp(t, '++'))) return tokens;
    const out: Token[] = [];
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      const left = out[out.length - 1];
      if (isOp(t, '++') && (!left || i === tokens.length - 1)) {
        this.sink.report('concat-operand', { start: t.start, end: t.end });
        return null;
      }
      if (!isOp(t, '++') || !left || !isAtom(left)) {
        out.push(t);
        i++;
        continue;
      }
      const right = evaluateOperand(tokens, i + 1, this.lookup);
      if (!right.ok || right.end === i + 1) {
        out.push(t);
        i++;
        continue;
      }
      const value = concatValues(atomValue(left), right.value);
      const last = tokens[right.end - 1]!;
      out[out.length - 1] = valueToken(value, { start: left.start, end: last.end }, left.spaceBefore);
      i = right.end;
    }
    return out;
  }
}

function isAtom(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'number' || t.kind === 'string' || t.kind === 'date';
}

function atomValue(t: Token): BindingValue {
  if (t.kind === 'number') return { kind: 'number', value: t.num ?? Number(t.text) };
  if (t.kind === 'string') return { kind: 'string', value: t.text };
  if (t.kind === 'date') return { kind: 'date', value: t.text };
  return { kind: 'symbol', value: t.text };
}

/** Joins tokens written without space around a substituted binding (`siv_$år` → `siv_2000`). */
function glue(tokens: Token[], fromBinding: Set<Token>): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    const joinable = (x: Token) => x.kind === 'word' || x.kind === 'number';
    if (
      prev &&
      !t.spaceBefore &&
      joinable(prev) &&
      joinable(t) &&
      (fromBinding.has(t) || fromBinding.has(prev))
    ) {
      const joined: Token = {
        kind: 'word',
        text: prev.text + t.text,
        start: prev.start,
        end: t.end,
        spaceBefore: prev.spaceBefore,
      };
      fromBinding.add(joined);
      out[out.length - 1] = joined;
    } else out.push(t);
  }
  return out;
}

function matchingParen(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (isOp(tokens[i], '(')) depth++;
    else if (isOp(tokens[i], ')') && --depth === 0) return i;
  }
  return tokens.length - 1;
}
