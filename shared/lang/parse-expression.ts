import type { BinaryOp, ExprNode } from './ast';
import type { DiagnosticSink } from './diagnostic-sink';
import { cover, type Span } from './spans';
import { describeToken, isOp, type Token, tokenSpan } from './tokens';

/** Parentheses, calls and unary operators nested deeper than this are refused (no stack overflow). */
export const MAX_NESTING = 200;
/** Binary operators in one expression beyond this are refused (keeps trees shallow enough to walk). */
export const MAX_OPERATORS = 1000;

const LEVELS: readonly (readonly string[])[] = [
  ['|'],
  ['&'],
  ['==', '!=', '<', '<=', '>', '>=', '='],
  ['++'],
  ['+', '-'],
  ['*', '/'],
];

/** An expression and the index of the first token after it. */
export interface ParsedExpression {
  expr: ExprNode;
  next: number;
}

/** Parses one expression from `tokens[from]`, never reading at or past `end`. */
export function parseExpression(
  tokens: readonly Token[],
  from: number,
  end: number,
  sink: DiagnosticSink,
): ParsedExpression {
  const parser = new ExpressionParser(tokens, from, end, sink);
  const expr = parser.parse();
  return { expr, next: parser.pos };
}

class ExpressionParser {
  private depth = 0;
  private operators = 0;
  private tooDeep = false;

  constructor(
    private readonly tokens: readonly Token[],
    public pos: number,
    private readonly end: number,
    private readonly sink: DiagnosticSink,
  ) {}

  parse(): ExprNode {
    return this.level(0);
  }

  private peek(): Token | undefined {
    return this.pos < this.end ? this.tokens[this.pos] : undefined;
  }

  private here(): Span {
    const t = this.peek() ?? this.tokens[Math.min(this.pos, this.end) - 1];
    return t ? (this.peek() ? tokenSpan(t) : { start: t.end, end: t.end }) : { start: 0, end: 0 };
  }

  /** Reports the innermost unclosed parenthesis once; the outer ones are unclosed for the same reason. */
  private unclosed(open: Token): void {
    if (!this.tooDeep) this.sink.report('unclosed-paren', tokenSpan(open));
    this.tooDeep = true;
    this.pos = this.end;
  }

  private giveUp(at: Span, limit: number): ExprNode {
    if (!this.tooDeep) this.sink.report('expression-too-deep', at, { limit });
    this.tooDeep = true;
    this.pos = this.end;
    return { kind: 'error', span: at };
  }

  private level(n: number): ExprNode {
    if (n >= LEVELS.length) return this.unary();
    let left = this.level(n + 1);
    const ops = LEVELS[n]!;
    for (;;) {
      const t = this.peek();
      if (t?.kind !== 'op' || !ops.includes(t.text)) return left;
      if (++this.operators > MAX_OPERATORS) return this.giveUp(tokenSpan(t), MAX_OPERATORS);
      this.pos++;
      let op = t.text as BinaryOp;
      if (t.text === '=') {
        this.sink.report('assignment-in-expression', tokenSpan(t));
        op = '==';
      }
      const right = this.level(n + 1);
      left = { kind: 'binary', op, left, right, span: cover(left.span, right.span), opSpan: tokenSpan(t) };
    }
  }

  private nested<T extends ExprNode>(at: Span, fn: () => T): ExprNode {
    if (++this.depth > MAX_NESTING) return this.giveUp(at, MAX_NESTING);
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  private unary(): ExprNode {
    const t = this.peek();
    if (isOp(t, '-') || isOp(t, '!')) {
      this.pos++;
      return this.nested(tokenSpan(t!), () => {
        const operand = this.unary();
        return { kind: 'unary', op: t!.text as '-' | '!', operand, span: cover(tokenSpan(t!), operand.span) };
      });
    }
    return this.power();
  }

  private power(): ExprNode {
    const base = this.atom();
    const t = this.peek();
    if (!isOp(t, '^')) return base;
    if (++this.operators > MAX_OPERATORS) return this.giveUp(tokenSpan(t!), MAX_OPERATORS);
    this.pos++;
    return this.nested(tokenSpan(t!), () => {
      const exponent = this.unary();
      return {
        kind: 'binary',
        op: '^',
        left: base,
        right: exponent,
        span: cover(base.span, exponent.span),
        opSpan: tokenSpan(t!),
      };
    });
  }

  private atom(): ExprNode {
    const t = this.peek();
    if (!t) {
      const at = this.here();
      this.sink.report('expected', at, {
        what_nb: 'et uttrykk',
        what_en: 'an expression',
        found: 'end of line',
      });
      return { kind: 'error', span: at };
    }
    const s = tokenSpan(t);
    switch (t.kind) {
      case 'number':
        this.pos++;
        return { kind: 'number', value: t.num ?? Number(t.text), span: s };
      case 'string':
        this.pos++;
        return { kind: 'string', value: t.text, span: s };
      case 'date':
        this.pos++;
        return { kind: 'date', iso: t.text, span: s };
      case 'word':
        this.pos++;
        if (isOp(this.peek(), '(')) return this.call(t);
        return { kind: 'ref', name: t.text, span: s };
      case 'op':
        if (t.text === '.') {
          this.pos++;
          return { kind: 'missing', span: s };
        }
        if (t.text === '(') return this.parenthesised(t);
        break;
    }
    this.sink.report('expected', s, {
      what_nb: 'et uttrykk',
      what_en: 'an expression',
      found: describeToken(t),
    });
    this.pos++;
    return { kind: 'error', span: s };
  }

  private parenthesised(open: Token): ExprNode {
    this.pos++;
    return this.nested(tokenSpan(open), () => {
      const inner = this.level(0);
      const close = this.peek();
      if (!isOp(close, ')')) {
        this.unclosed(open);
        return { kind: 'error', span: cover(tokenSpan(open), inner.span) };
      }
      this.pos++;
      return { ...inner, span: cover(tokenSpan(open), tokenSpan(close!)) };
    });
  }

  private call(name: Token): ExprNode {
    const open = this.tokens[this.pos]!;
    this.pos++;
    return this.nested(tokenSpan(open), () => {
      const args: ExprNode[] = [];
      if (isOp(this.peek(), ')')) {
        const close = this.tokens[this.pos++]!;
        return {
          kind: 'call',
          name: name.text,
          nameSpan: tokenSpan(name),
          args,
          span: cover(tokenSpan(name), tokenSpan(close)),
        };
      }
      for (;;) {
        args.push(this.level(0));
        const t = this.peek();
        if (isOp(t, ',')) {
          this.pos++;
          continue;
        }
        if (isOp(t, ')')) {
          this.pos++;
          return {
            kind: 'call',
            name: name.text,
            nameSpan: tokenSpan(name),
            args,
            span: cover(tokenSpan(name), tokenSpan(t!)),
          };
        }
        this.unclosed(open);
        return { kind: 'error', span: cover(tokenSpan(name), this.here()) };
      }
    });
  }
}
