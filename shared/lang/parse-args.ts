import type {
  ArgNode,
  DateArg,
  NameArg,
  RecodeMatchNode,
  RecodeRuleNode,
  RegisterVarArg,
  StatGroupNode,
  TermNode,
} from './ast';
import type { SyntaxElement } from './command-kit/syntax';
import { isValidIsoDate } from './dates';
import type { DiagnosticSink } from './diagnostic-sink';
import { parseExpression } from './parse-expression';
import { cover, type Span } from './spans';
import { describeToken, isOp, isWord, type Token, tokenSpan } from './tokens';

/** Parses a nested command from a token range (coefplot); supplied by the command parser. */
export type NestedParser = (tokens: readonly Token[], from: number, end: number) => ArgNode | null;

class Failed extends Error {}

/** Reads the arguments of one command by its syntax elements; reports what does not fit. */
export class ArgReader {
  constructor(
    private readonly tokens: readonly Token[],
    public pos: number,
    private readonly end: number,
    private readonly sink: DiagnosticSink,
    private readonly nested: NestedParser,
    private readonly command: string,
  ) {}

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

  private peek(offset = 0): Token | undefined {
    const i = this.pos + offset;
    return i < this.end ? this.tokens[i] : undefined;
  }

  private here(): Span {
    const t = this.peek();
    if (t) return tokenSpan(t);
    const last = this.tokens[this.end - 1];
    return last ? { start: last.end, end: last.end } : { start: 0, end: 0 };
  }

  private fail(whatNb: string, whatEn: string): never {
    this.sink.report('expected', this.here(), {
      what_nb: whatNb,
      what_en: whatEn,
      found: describeToken(this.peek()),
    });
    throw new Failed();
  }

  private isName(t: Token | undefined, stop?: readonly string[]): boolean {
    return isWord(t) && t!.text !== 'if' && !(stop ?? []).includes(t!.text);
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
        args[el.key] = this.labels();
        return;
      case 'recode-rules':
        args[el.key] = this.recodeRules();
        return;
      case 'stat-groups':
        args[el.key] = this.statGroups();
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
        args[el.key] = this.clonePairs();
        return;
      case 'terms': {
        const terms = this.terms(el.stop);
        if (terms.length < el.min) this.fail('en variabel', 'a variable');
        args[el.key] = { kind: 'terms', terms, span: spanOf(terms, this.here()) };
        return;
      }
      case 'iv-terms':
        this.ivTerms(el.key, args);
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

  private expectOp(op: string): Token {
    const t = this.peek();
    if (!isOp(t, op)) this.fail(op, op);
    this.pos++;
    return t!;
  }

  private name(label: string): NameArg {
    const t = this.peek();
    if (!this.isName(t)) this.fail(`${label}`, `${label}`);
    this.pos++;
    return { kind: 'name', name: t!.text, span: tokenSpan(t!) };
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

  private labelValue(): { value: number | string; span: Span } {
    const t = this.peek();
    if (isOp(t, '-') && this.peek(1)?.kind === 'number') {
      const n = this.peek(1)!;
      this.pos += 2;
      return { value: -(n.num ?? 0), span: cover(tokenSpan(t!), tokenSpan(n)) };
    }
    if (t?.kind === 'number') {
      this.pos++;
      return { value: t.num ?? Number(t.text), span: tokenSpan(t) };
    }
    if (t?.kind === 'string') {
      this.pos++;
      return { value: t.text, span: tokenSpan(t) };
    }
    return this.fail('en verdi (tall eller tekst)', 'a value (number or string)');
  }

  private labels(): ArgNode {
    const pairs: { value: number | string; valueSpan: Span; label: string; labelSpan: Span }[] = [];
    const start = this.here();
    while (this.peek()) {
      const value = this.labelValue();
      const t = this.peek();
      if (!t) {
        this.sink.report('label-pairs', value.span);
        throw new Failed();
      }
      if (t.kind !== 'string' && t.kind !== 'word' && t.kind !== 'number') this.fail('en label', 'a label');
      this.pos++;
      pairs.push({ value: value.value, valueSpan: value.span, label: t.text, labelSpan: tokenSpan(t) });
    }
    if (pairs.length === 0) this.fail('verdi og label', 'a value and a label');
    return { kind: 'labels', pairs, span: cover(start, pairs[pairs.length - 1]!.labelSpan) };
  }

  private recodeRules(): ArgNode {
    const rules: RecodeRuleNode[] = [];
    while (isOp(this.peek(), '(')) rules.push(this.recodeRule());
    if (rules.length === 0) this.fail('en regel som (1/5 = 1)', 'a rule like (1/5 = 1)');
    return { kind: 'recode-rules', rules, span: cover(rules[0]!.span, rules[rules.length - 1]!.span) };
  }

  private recodeRule(): RecodeRuleNode {
    const open = this.tokens[this.pos++]!;
    const matches: RecodeMatchNode[] = [];
    while (this.peek() && !isOp(this.peek(), '=')) matches.push(this.recodeMatch());
    if (matches.length === 0) this.fail('verdier før =', 'values before =');
    this.expectOp('=');
    const target = this.peek();
    let to: RecodeRuleNode['to'];
    if (isOp(target, '.')) {
      this.pos++;
      to = { value: null, span: tokenSpan(target!) };
    } else to = this.labelValue();
    let label: RecodeRuleNode['label'] = null;
    const l = this.peek();
    if (l && (l.kind === 'string' || l.kind === 'word')) {
      this.pos++;
      label = { text: l.text, span: tokenSpan(l) };
    }
    const close = this.expectOp(')');
    return { matches, to, label, span: cover(tokenSpan(open), tokenSpan(close)) };
  }

  private recodeMatch(): RecodeMatchNode {
    const t = this.peek()!;
    const s = tokenSpan(t);
    if (isWord(t, 'else') || isOp(t, '*')) {
      this.pos++;
      return { kind: 'else', span: s };
    }
    if (isWord(t, 'missing') || isOp(t, '.')) {
      this.pos++;
      return { kind: 'missing', span: s };
    }
    if (isWord(t, 'nonmissing')) {
      this.pos++;
      return { kind: 'nonmissing', span: s };
    }
    if (t.kind === 'string') {
      this.pos++;
      return { kind: 'value', value: t.text, span: s };
    }
    const low = this.rangeEnd('min');
    if (isOp(this.peek(), '/')) {
      this.pos++;
      const high = this.rangeEnd('max');
      return {
        kind: 'range',
        low: low.value as number | 'min',
        high: high.value as number | 'max',
        span: cover(low.span, high.span),
      };
    }
    if (typeof low.value === 'string') this.fail('et tall', 'a number');
    return { kind: 'value', value: low.value, span: low.span };
  }

  private rangeEnd(word: 'min' | 'max'): { value: number | 'min' | 'max'; span: Span } {
    const t = this.peek();
    if (isWord(t, 'min') || isWord(t, 'max')) {
      this.pos++;
      return { value: t!.text as 'min' | 'max', span: tokenSpan(t!) };
    }
    const v = this.labelValue();
    if (typeof v.value !== 'number') return this.fail(`et tall eller ${word}`, `a number or ${word}`);
    return { value: v.value, span: v.span };
  }

  private statGroups(): ArgNode {
    const groups: StatGroupNode[] = [];
    const start = this.here();
    while (isOp(this.peek(), '(')) {
      this.pos++;
      const stat = this.name('statistikk');
      this.expectOp(')');
      const items = this.pairs();
      if (items.length === 0) this.fail('en variabel', 'a variable');
      groups.push({ stat: stat.name, statSpan: stat.span, items });
    }
    if (groups.length === 0) this.fail('(statistikk) variabel', '(statistic) variable');
    return { kind: 'stat-groups', groups, span: cover(start, this.lastSpan()) };
  }

  private lastSpan(): Span {
    return tokenSpan(this.tokens[this.pos - 1]!);
  }

  private pairs(): { source: NameArg; target: NameArg | null }[] {
    const items: { source: NameArg; target: NameArg | null }[] = [];
    while (this.isName(this.peek())) {
      const source = this.name('en variabel');
      let target: NameArg | null = null;
      if (isOp(this.peek(), '->')) {
        this.pos++;
        target = this.name('et nytt variabelnavn');
      }
      items.push({ source, target });
    }
    return items;
  }

  private clonePairs(): ArgNode {
    const start = this.here();
    const items = this.pairs();
    if (items.length === 0) this.fail('en variabel', 'a variable');
    return { kind: 'clone-pairs', items, span: cover(start, this.lastSpan()) };
  }

  private factor() {
    const t = this.peek();
    if (
      (isWord(t, 'i') || isWord(t, 'c')) &&
      isOp(this.peek(1), '.') &&
      isWord(this.peek(2)) &&
      !this.peek(1)!.spaceBefore
    ) {
      const v = this.peek(2)!;
      this.pos += 3;
      return { name: v.text, prefix: t!.text as 'i' | 'c', span: cover(tokenSpan(t!), tokenSpan(v)) };
    }
    const n = this.name('en variabel');
    return { name: n.name, prefix: null, span: n.span };
  }

  private terms(stop?: readonly string[]): TermNode[] {
    const terms: TermNode[] = [];
    while (this.isName(this.peek(), stop)) {
      const factors = [this.factor()];
      let interaction: '#' | '##' | null = null;
      while (isOp(this.peek(), '#') || isOp(this.peek(), '##')) {
        const op = this.tokens[this.pos++]!.text as '#' | '##';
        if (interaction && interaction !== op)
          this.fail('samme slags samspill (# eller ##)', 'one kind of interaction (# or ##)');
        interaction = op;
        factors.push(this.factor());
      }
      terms.push({ factors, interaction, span: cover(factors[0]!.span, factors[factors.length - 1]!.span) });
    }
    return terms;
  }

  private ivTerms(key: string, args: Record<string, ArgNode>): void {
    const exogenous: TermNode[] = [];
    const start = this.here();
    let iv: ArgNode | null = null;
    for (;;) {
      exogenous.push(...this.terms());
      if (!isOp(this.peek(), '(') || iv) break;
      const open = this.tokens[this.pos++]!;
      const endogenous = this.terms();
      this.expectOp('=');
      const instruments = this.terms();
      const close = this.expectOp(')');
      if (!endogenous.length || !instruments.length) {
        this.sink.report('expected', cover(tokenSpan(open), tokenSpan(close)), {
          what_nb: '(endogene = instrumenter)',
          what_en: '(endogenous = instruments)',
          found: 'an empty side',
        });
        throw new Failed();
      }
      iv = { kind: 'iv', endogenous, instruments, span: cover(tokenSpan(open), tokenSpan(close)) };
    }
    if (!iv) this.fail('(endogene = instrumenter)', '(endogenous = instruments)');
    args[key] = { kind: 'terms', terms: exogenous, span: cover(start, this.lastSpan()) };
    args.iv = iv!;
  }
}

function spanOf(items: readonly { span: Span }[], fallback: Span): Span {
  return items.length ? cover(items[0]!.span, items[items.length - 1]!.span) : fallback;
}
