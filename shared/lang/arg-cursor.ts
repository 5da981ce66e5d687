import type { NameArg } from './ast';
import type { DiagnosticSink } from './diagnostic-sink';
import { cover, type Span } from './spans';
import { describeToken, isOp, isWord, type Token, tokenSpan } from './tokens';

/** Thrown inside argument readers when a command cannot be understood (already reported). */
export class Failed extends Error {}

/** A position in a command's tokens, with the small reads every argument reader shares. */
export class ArgCursor {
  constructor(
    readonly tokens: readonly Token[],
    public pos: number,
    readonly end: number,
    readonly sink: DiagnosticSink,
  ) {}

  peek(offset = 0): Token | undefined {
    const i = this.pos + offset;
    return i < this.end ? this.tokens[i] : undefined;
  }
  here(): Span {
    const t = this.peek();
    if (t) return tokenSpan(t);
    const last = this.tokens[this.end - 1];
    return last ? { start: last.end, end: last.end } : { start: 0, end: 0 };
  }
  fail(whatNb: string, whatEn: string): never {
    this.sink.report('expected', this.here(), {
      what_nb: whatNb,
      what_en: whatEn,
      found: describeToken(this.peek()),
    });
    throw new Failed();
  }
  isName(t: Token | undefined, stop?: readonly string[]): boolean {
    return isWord(t) && t!.text !== 'if' && !(stop ?? []).includes(t!.text);
  }
  expectOp(op: string): Token {
    const t = this.peek();
    if (!isOp(t, op)) this.fail(op, op);
    this.pos++;
    return t!;
  }
  name(label: string): NameArg {
    const t = this.peek();
    if (!this.isName(t)) this.fail(`${label}`, `${label}`);
    this.pos++;
    return { kind: 'name', name: t!.text, span: tokenSpan(t!) };
  }
  labelValue(): { value: number | string; span: Span } {
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
  lastSpan(): Span {
    return tokenSpan(this.tokens[this.pos - 1]!);
  }
}

/** The span from the first to the last item, or `fallback` when there are none. */
export function spanOf(items: readonly { span: Span }[], fallback: Span): Span {
  return items.length ? cover(items[0]!.span, items[items.length - 1]!.span) : fallback;
}
