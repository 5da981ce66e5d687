import { ArgCursor, Failed, spanOf } from './arg-cursor';
import type { ArgNode, DateArg, NameArg, RegisterVarArg } from './ast';
import type { SyntaxElement } from './command-kit/syntax';
import { isValidIsoDate } from './dates';
import type { DiagnosticSink } from './diagnostic-sink';
import { parseExpression } from './parse-expression';
import { clonePairs, labels, recodeRules, statGroups } from './parse-lists';
import { ivTerms, terms } from './parse-terms';
import { cover, type Span } from './spans';
import { isOp, isWord, type Token, tokenSpan } from './tokens';

/** Parses a nested command from a token range (coefplot); supplied by the command parser. */
export type NestedParser = (tokens: readonly Token[], from: number, end: number) => ArgNode | null;

/** Reads the arguments of one command by its syntax elements; reports what does not fit. */
export class ArgReader extends ArgCursor {
  constructor(
    tokens: readonly Token[],
    pos: number,
    end: number,
    sink: DiagnosticSink,
    private readonly nested: NestedParser,
    private readonly command: string,
  ) {
    super(tokens, pos, end, sink);
  }

  /** Reads every element into `args`; false when the command cannot be understood (already reported). */
  readAll(syntax: readonly SyntaxElement[], args: Record<string, ArgNode>): boolean {
    try {
      for (const el of syntax) this.read(el, args);
      return true;
    } catch (e) {
      if (e instanceof Failed) return false;
      throw e;
    }
  }

  private read(el: SyntaxElement, args: Record<string, ArgNode>): void {
    switch (el.kind) {
      case 'name': {
        if (el.optional && !this.isName(this.peek())) return;
        args[el.key] = this.name(el.label);
        return;
      }
      case 'names':
        args[el.key] = this.names(el.min, el.max, el.stop, el.label);
        return;
      case 'keyword':
        if (isWord(this.peek(), el.word)) {
          this.pos++;
          this.read(el.then, args);
        } else if (!el.optional) this.fail(el.word, el.word);
        return;
      case 'register-var':
        args[el.key] = this.registerVar();
        return;
      case 'register-vars': {
        const items: RegisterVarArg[] = [];
        while (isWord(this.peek()) && isOp(this.peek(1), '/')) items.push(this.registerVar());
        if (items.length < el.min)
          this.fail('en registervariabel (alias/NAVN)', 'a register variable (alias/NAME)');
        args[el.key] = { kind: 'register-vars', items, span: spanOf(items, this.here()) };
        return;
      }
      case 'date': {
        if (el.optional && !this.isDateToken(this.peek())) return;
        args[el.key] = this.date();
        return;
      }
      case 'dates': {
        const items: DateArg[] = [];
        while (this.isDateToken(this.peek())) items.push(this.date());
        if (items.length < el.min) this.fail('en dato (ÅÅÅÅ-MM-DD)', 'a date (YYYY-MM-DD)');
        args[el.key] = { kind: 'dates', items, span: cover(items[0]!.span, items[items.length - 1]!.span) };
        return;
      }
      case 'number':
        args[el.key] = this.number();
        return;
      case 'assignment':
        this.assignment(args);
        return;
      case 'datastore':
        args[el.key] = this.datastore();
        return;
      case 'labels':
        args[el.key] = labels(this);
        return;
      case 'recode-rules':
        args[el.key] = recodeRules(this);
        return;
      case 'stat-groups':
        args[el.key] = statGroups(this);
        return;
      case 'statistic': {
        if (!isOp(this.peek(), '(')) {
          if (!el.optional) this.fail('(statistikk)', '(statistic)');
          return;
        }
        const open = this.tokens[this.pos++]!;
        const stat = this.name('statistikk');
        const close = this.expectOp(')');
        args[el.key] = { kind: 'statistic', stat: stat.name, span: cover(tokenSpan(open), tokenSpan(close)) };
        return;
      }
      case 'clone-pairs':
        args[el.key] = clonePairs(this);
        return;
      case 'terms': {
        const list = terms(this, el.stop);
        if (list.length < el.min) this.fail('en variabel', 'a variable');
        args[el.key] = { kind: 'terms', terms: list, span: spanOf(list, this.here()) };
        return;
      }
      case 'iv-terms':
        ivTerms(this, el.key, args);
        return;
      case 'command': {
        const node = this.nested(this.tokens, this.pos, this.end);
        this.pos = this.end;
        if (!node) throw new Failed();
        args[el.key] = node;
        return;
      }
      case 'words': {
        const words: { text: string; span: Span }[] = [];
        while (this.peek()) {
          const t = this.tokens[this.pos++]!;
          words.push({ text: t.text, span: tokenSpan(t) });
        }
        args[el.key] = { kind: 'words', words, span: spanOf(words, this.here()) };
        return;
      }
    }
  }

  private names(
    min: number,
    max: number | undefined,
    stop: readonly string[] | undefined,
    label: string,
  ): ArgNode {
    const items: NameArg[] = [];
    while (this.isName(this.peek(), stop)) {
      const t = this.tokens[this.pos++]!;
      items.push({ kind: 'name', name: t.text, span: tokenSpan(t) });
    }
    const span = spanOf(items, this.here());
    if (items.length < min && items.length === 0) this.fail(label, label);
    if (items.length < min || (max !== undefined && items.length > max)) {
      const range = max === undefined ? `${min}+` : min === max ? `${min}` : `${min}-${max}`;
      this.sink.report('argument-count', span, {
        command: this.command,
        expected_nb: `${range} navn`,
        expected_en: `${range} names`,
        found: items.length,
      });
    }
    return { kind: 'names', items, span };
  }

  private registerVar(): RegisterVarArg {
    const alias = this.peek();
    const slash = this.peek(1);
    const varName = this.peek(2);
    if (
      !isWord(alias) ||
      !isOp(slash, '/') ||
      !isWord(varName) ||
      slash!.spaceBefore ||
      varName!.spaceBefore
    ) {
      this.fail('en registervariabel (alias/NAVN)', 'a register variable (alias/NAME)');
    }
    this.pos += 3;
    return {
      kind: 'register-var',
      alias: alias!.text,
      name: varName!.text,
      aliasSpan: tokenSpan(alias!),
      nameSpan: tokenSpan(varName!),
      span: cover(tokenSpan(alias!), tokenSpan(varName!)),
    };
  }

  private isDateToken(t: Token | undefined): boolean {
    return (
      t !== undefined && (t.kind === 'date' || (t.kind === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(t.text)))
    );
  }

  private date(): DateArg {
    const t = this.peek();
    if (!this.isDateToken(t)) this.fail('en dato (ÅÅÅÅ-MM-DD)', 'a date (YYYY-MM-DD)');
    this.pos++;
    if (t!.kind === 'string' && !isValidIsoDate(t!.text))
      this.sink.report('invalid-date', tokenSpan(t!), { text: t!.text });
    return { kind: 'date', iso: t!.text, span: tokenSpan(t!) };
  }

  private number(): ArgNode {
    const t = this.peek();
    let sign = 1;
    let start = t;
    if (isOp(t, '-') && this.peek(1)?.kind === 'number') {
      sign = -1;
      this.pos++;
      start = t;
    }
    const n = this.peek();
    if (n?.kind !== 'number') this.fail('et tall', 'a number');
    this.pos++;
    return {
      kind: 'number',
      value: sign * (n!.num ?? Number(n!.text)),
      text: (sign < 0 ? '-' : '') + n!.text,
      span: cover(tokenSpan(start!), tokenSpan(n!)),
    };
  }

  private assignment(args: Record<string, ArgNode>): void {
    args.target = this.name('et variabelnavn');
    const eq = this.peek();
    if (!isOp(eq, '=')) this.fail('=', '=');
    this.pos++;
    const { expr, next } = parseExpression(this.tokens, this.pos, this.end, this.sink);
    this.pos = next;
    args.expression = { kind: 'expression', expr, span: expr.span };
  }

  private datastore(): ArgNode {
    const first = this.peek();
    if (!isWord(first)) this.fail('et datalager (f.eks. no.ssb.fdb:33)', 'a datastore (e.g. no.ssb.fdb:33)');
    let nameText = first!.text;
    let last = first!;
    this.pos++;
    while (
      isOp(this.peek(), '.') &&
      !this.peek()!.spaceBefore &&
      isWord(this.peek(1)) &&
      !this.peek(1)!.spaceBefore
    ) {
      nameText += `.${this.peek(1)!.text}`;
      last = this.peek(1)!;
      this.pos += 2;
    }
    let version: string | null = null;
    if (isOp(this.peek(), ':') && !this.peek()!.spaceBefore) {
      this.pos++;
      version = '';
      while (this.peek() && !isWord(this.peek(), 'as') && (version === '' || !this.peek()!.spaceBefore)) {
        last = this.tokens[this.pos++]!;
        version += last.text;
      }
      if (!version) this.fail('et versjonsnummer', 'a version number');
    }
    return { kind: 'datastore', name: nameText, version, span: cover(tokenSpan(first!), tokenSpan(last)) };
  }
}
