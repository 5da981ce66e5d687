import { type BindingValue, formatNumber, valueText } from './binding-values';
import { formatIsoDate } from './dates';
import { isOp, type Token } from './tokens';

/** Outcome of evaluating tokens before the script runs. */
export type EvalResult =
  | { ok: true; value: BindingValue }
  | { ok: false; reason: 'not-constant' }
  | { ok: false; reason: 'error'; detail: string; start: number; end: number };

/** Functions that only exist before the script runs (bindings, `++`, import dates). */
export const BINDING_FUNCTIONS = new Set(['date_fmt', 'to_int', 'to_str', 'to_symbol', 'bind']);

const MATH: Record<string, (...x: number[]) => number> = {
  abs: Math.abs,
  ceil: Math.ceil,
  floor: Math.floor,
  int: Math.trunc,
  round: (x, y = 1) => Math.round(x / y) * y,
  exp: Math.exp,
  ln: Math.log,
  log10: Math.log10,
  sqrt: Math.sqrt,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  pi: () => Math.PI,
  comb: (n, k) => {
    let r = 1;
    for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
    return Math.round(r);
  },
};

class NotConstant extends Error {}

class EvaluationError extends Error {
  constructor(
    readonly detail: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(detail);
  }
}

/** Looks up bindings while evaluating. */
export type BindingLookup = (name: string) => BindingValue | undefined;

/** Evaluates tokens as one constant expression (numbers, strings, names, `++`, arithmetic, functions). */
export function evaluateTokens(tokens: readonly Token[], lookup: BindingLookup): EvalResult {
  const evaluator = new Evaluator(tokens, lookup, 0);
  return evaluator.run(() => {
    const v = evaluator.concat();
    if (evaluator.pos < tokens.length) throw new NotConstant();
    return v;
  });
}

/** Evaluates the longest constant arithmetic operand starting at `from`; `end` is the index after it. */
export function evaluateOperand(
  tokens: readonly Token[],
  from: number,
  lookup: BindingLookup,
): EvalResult & { end: number } {
  const evaluator = new Evaluator(tokens, lookup, from);
  const result = evaluator.run(() => evaluator.sum());
  return { ...result, end: evaluator.pos };
}

const MAX_DEPTH = 100;

class Evaluator {
  depth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly lookup: BindingLookup,
    public pos: number,
  ) {}

  run(fn: () => BindingValue): EvalResult {
    try {
      return { ok: true, value: fn() };
    } catch (e) {
      if (e instanceof EvaluationError)
        return { ok: false, reason: 'error', detail: e.detail, start: e.start, end: e.end };
      if (e instanceof NotConstant || e instanceof RangeError) return { ok: false, reason: 'not-constant' };
      throw e;
    }
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  concat(): BindingValue {
    let left = this.sum();
    while (isOp(this.peek(), '++')) {
      this.pos++;
      const right = this.sum();
      left = concatValues(left, right);
    }
    return left;
  }

  sum(): BindingValue {
    let left = this.product();
    while (left.kind === 'number' && (isOp(this.peek(), '+') || isOp(this.peek(), '-'))) {
      const save = this.pos;
      const op = this.tokens[this.pos++]!;
      const right = this.tryOperand(() => this.product());
      if (right?.kind !== 'number') {
        this.pos = save;
        break;
      }
      left = num(op.text === '+' ? left.value + right.value : left.value - right.value);
    }
    return left;
  }

  private product(): BindingValue {
    let left = this.power();
    while (left.kind === 'number' && (isOp(this.peek(), '*') || isOp(this.peek(), '/'))) {
      const save = this.pos;
      const op = this.tokens[this.pos++]!;
      const right = this.tryOperand(() => this.power());
      if (right?.kind !== 'number') {
        this.pos = save;
        break;
      }
      if (op.text === '/' && right.value === 0) this.fail('division by zero', op);
      left = num(op.text === '*' ? left.value * right.value : left.value / right.value);
    }
    return left;
  }

  private power(): BindingValue {
    const base = this.unary();
    if (base.kind === 'number' && isOp(this.peek(), '^')) {
      const save = this.pos++;
      const exponent = this.tryOperand(() => this.unary());
      if (exponent?.kind === 'number') return num(base.value ** exponent.value);
      this.pos = save;
    }
    return base;
  }

  private unary(): BindingValue {
    const t = this.peek();
    if (isOp(t, '-')) {
      this.pos++;
      const v = this.unary();
      if (v.kind !== 'number') this.fail('- needs a number', t!);
      return num(-(v as { value: number }).value);
    }
    return this.atom();
  }

  private tryOperand(fn: () => BindingValue): BindingValue | null {
    try {
      return fn();
    } catch (e) {
      if (e instanceof NotConstant) return null;
      throw e;
    }
  }

  private atom(): BindingValue {
    const t = this.peek();
    if (!t) throw new NotConstant();
    if (++this.depth > MAX_DEPTH) throw new NotConstant();
    try {
      return this.atomInner(t);
    } finally {
      this.depth--;
    }
  }

  private atomInner(t: Token): BindingValue {
    switch (t.kind) {
      case 'number':
        this.pos++;
        return num(t.num ?? Number(t.text));
      case 'string':
        this.pos++;
        return { kind: 'string', value: t.text };
      case 'date':
        this.pos++;
        return { kind: 'date', value: t.text };
      case 'binding': {
        this.pos++;
        const v = this.lookup(t.text);
        if (!v || v.kind === 'error' || v.kind === 'tokens') throw new NotConstant();
        return v;
      }
      case 'word':
        this.pos++;
        if (isOp(this.peek(), '(') && !this.peek()!.spaceBefore) return this.call(t);
        return { kind: 'symbol', value: t.text };
      case 'op':
        if (t.text === '(') {
          this.pos++;
          const v = this.concat();
          if (!isOp(this.peek(), ')')) throw new NotConstant();
          this.pos++;
          return v;
        }
        throw new NotConstant();
      default:
        throw new NotConstant();
    }
  }

  private call(name: Token): BindingValue {
    this.pos++; // (
    const args: BindingValue[] = [];
    if (!isOp(this.peek(), ')')) {
      for (;;) {
        args.push(this.concat());
        if (isOp(this.peek(), ',')) {
          this.pos++;
          continue;
        }
        break;
      }
    }
    const close = this.peek();
    if (!isOp(close, ')')) throw new NotConstant();
    this.pos++;
    return this.apply(name, args, close!);
  }

  private apply(name: Token, args: BindingValue[], close: Token): BindingValue {
    const where = { start: name.start, end: close.end };
    const fail = (detail: string): never => {
      throw new EvaluationError(detail, where.start, where.end);
    };
    const fn = name.text;
    if (fn === 'date_fmt') {
      if (args.length < 1 || args.length > 3 || args.some((a) => a.kind !== 'number')) {
        fail('date_fmt takes a year and optionally a month and a day, as numbers');
      }
      const [y, m = 1, d = 1] = args.map((a) => (a as { value: number }).value);
      const iso = formatIsoDate(y!, m, d);
      return iso
        ? { kind: 'string', value: iso }
        : fail(`date_fmt(${args.map(valueText).join(', ')}) is no date`);
    }
    if (fn === 'to_int') {
      if (args.length !== 1) fail('to_int takes one argument');
      const n = Number(valueText(args[0]!));
      return Number.isFinite(n) ? num(Math.trunc(n)) : fail(`'${valueText(args[0]!)}' is not a number`);
    }
    if (fn === 'to_str') {
      if (args.length !== 1) fail('to_str takes one argument');
      return { kind: 'string', value: valueText(args[0]!) };
    }
    if (fn === 'to_symbol') {
      if (args.length !== 1) fail('to_symbol takes one argument');
      const text = valueText(args[0]!);
      return /^[\p{L}_][\p{L}\p{N}_@]*$/u.test(text)
        ? { kind: 'symbol', value: text }
        : fail(`'${text}' is no name`);
    }
    if (fn === 'bind') {
      if (args.length !== 1) fail('bind takes one argument');
      const v = this.lookup(valueText(args[0]!));
      if (!v || v.kind === 'error' || v.kind === 'tokens') fail(`no binding named ${valueText(args[0]!)}`);
      return v!;
    }
    const math = MATH[fn];
    if (!math) throw new NotConstant();
    if (args.some((a) => a.kind !== 'number')) throw new NotConstant();
    const r = math(...args.map((a) => (a as { value: number }).value));
    return Number.isFinite(r) ? num(r) : fail(`${fn}() gives no finite number here`);
  }

  private fail(detail: string, at: Token): never {
    throw new EvaluationError(detail, at.start, at.end);
  }
}

function num(value: number): BindingValue {
  return { kind: 'number', value };
}

/** `a ++ b`: a name when either side is a name, otherwise a string. */
export function concatValues(left: BindingValue, right: BindingValue): BindingValue {
  const text = valueText(left) + valueText(right);
  return left.kind === 'symbol' || right.kind === 'symbol'
    ? { kind: 'symbol', value: text }
    : { kind: 'string', value: text };
}

export { formatNumber };
