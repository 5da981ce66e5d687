import type { ExprNode } from './ast';
import { type CheckContext, resolveVariable } from './check-context';
import { isoToDays } from './dates';
import { arityText, functions } from './functions/registry';
import type { ParamType } from './functions/spec';
import type { ExprType, TypedExpr } from './plan-expression';
import type { Span } from './spans';
import { closestName } from './suggest';
import type { DatasetState } from './workspace';

/** A checked expression: its typed tree, or null when it failed (already reported; later checks stay quiet). */
export interface Checked {
  expr: TypedExpr | null;
  type: ExprType | 'error';
}

const FAILED: Checked = { expr: null, type: 'error' };
const COMPARISON = new Set(['==', '!=', '<', '<=', '>', '>=']);

/** Type-checks an expression against a dataset's variables. */
export function checkExpression(ctx: CheckContext, ds: DatasetState, node: ExprNode): Checked {
  return new ExpressionChecker(ctx, ds).check(node);
}

/** Checks a condition (`if ...`): it must be numeric (1 is true). */
export function checkCondition(ctx: CheckContext, ds: DatasetState, node: ExprNode): Checked {
  const c = checkExpression(ctx, ds, node);
  if (c.type === 'string') {
    typeMismatch(ctx, node.span, 'Betingelsen', 'The condition', 'number', 'string');
    return FAILED;
  }
  return c;
}

function typeMismatch(
  ctx: CheckContext,
  at: Span,
  nb: string,
  en: string,
  expected: string,
  found: string,
): void {
  ctx.sink.report('type-mismatch', at, { context_nb: nb, context_en: en, expected, found });
}

class ExpressionChecker {
  constructor(
    private readonly ctx: CheckContext,
    private readonly ds: DatasetState,
  ) {}

  check(node: ExprNode): Checked {
    switch (node.kind) {
      case 'number':
        return { expr: { kind: 'number', type: 'number', value: node.value }, type: 'number' };
      case 'string':
        return { expr: { kind: 'string', type: 'string', value: node.value }, type: 'string' };
      case 'date':
        return {
          expr: { kind: 'date', type: 'number', iso: node.iso, days: isoToDays(node.iso) },
          type: 'number',
        };
      case 'missing':
        return { expr: { kind: 'missing', type: 'missing' }, type: 'missing' };
      case 'error':
        return FAILED;
      case 'ref': {
        const v = resolveVariable(
          this.ctx,
          this.ds,
          { kind: 'name', name: node.name, span: node.span },
          'value',
        );
        if (!v) return FAILED;
        return { expr: { kind: 'column', type: v.type, name: v.name, valueType: v.valueType }, type: v.type };
      }
      case 'unary': {
        const operand = this.check(node.operand);
        if (operand.type === 'error') return FAILED;
        if (operand.type === 'string') {
          typeMismatch(
            this.ctx,
            node.operand.span,
            `Operatoren ${node.op}`,
            `The operator ${node.op}`,
            'number',
            'string',
          );
          return FAILED;
        }
        return {
          expr: { kind: 'unary', type: 'number', op: node.op, operand: operand.expr! },
          type: 'number',
        };
      }
      case 'binary':
        return this.binary(node);
      case 'call':
        return this.call(node);
    }
  }

  private binary(node: Extract<ExprNode, { kind: 'binary' }>): Checked {
    const left = this.check(node.left);
    const right = this.check(node.right);
    if (left.type === 'error' || right.type === 'error') return FAILED;
    const op = node.op;
    const ctxNb = `Operatoren ${op}`;
    const ctxEn = `The operator ${op}`;
    if (COMPARISON.has(op)) {
      if (left.type === 'missing' || right.type === 'missing') {
        this.ctx.sink.report('missing-comparison', node.span);
        return FAILED;
      }
      if (left.type !== right.type) {
        typeMismatch(this.ctx, node.right.span, ctxNb, ctxEn, left.type, right.type);
        return FAILED;
      }
      return this.node(op, 'number', left, right);
    }
    if (op === '++') {
      for (const [side, c] of [
        [node.left, left],
        [node.right, right],
      ] as const) {
        if (c.type === 'number') {
          typeMismatch(this.ctx, side.span, ctxNb, ctxEn, 'string', 'number');
          return FAILED;
        }
      }
      return this.node(op, 'string', left, right);
    }
    for (const [side, c] of [
      [node.left, left],
      [node.right, right],
    ] as const) {
      if (c.type === 'string') {
        typeMismatch(this.ctx, side.span, ctxNb, ctxEn, 'number', 'string');
        return FAILED;
      }
    }
    return this.node(op, 'number', left, right);
  }

  private node(
    op: Extract<TypedExpr, { kind: 'binary' }>['op'],
    type: ExprType,
    left: Checked,
    right: Checked,
  ): Checked {
    return { expr: { kind: 'binary', type, op, left: left.expr!, right: right.expr! }, type };
  }

  private call(node: Extract<ExprNode, { kind: 'call' }>): Checked {
    const spec = functions.get(node.name);
    if (!spec) {
      const hint = closestName(
        node.name,
        [...functions.values()].filter((f) => !f.bindingOnly).map((f) => f.name),
      );
      this.ctx.sink.report('unknown-function', node.nameSpan, { name: node.name, hint });
      for (const a of node.args) this.check(a);
      return FAILED;
    }
    if (spec.bindingOnly) {
      this.ctx.sink.report('binding-function-not-constant', node.span, { name: node.name });
      return FAILED;
    }
    const args = node.args.map((a) => this.check(a));
    const min = spec.params.length - spec.optional;
    const max = spec.variadic ? Number.POSITIVE_INFINITY : spec.params.length;
    if (args.length < min || args.length > max) {
      this.ctx.sink.report('function-arity', node.span, {
        name: node.name,
        expected: arityText(spec),
        found: args.length,
      });
      return FAILED;
    }
    if (args.some((a) => a.type === 'error')) return FAILED;
    const first = args[0]?.type ?? 'number';
    for (let i = 0; i < args.length; i++) {
      const want: ParamType = spec.params[i] ?? spec.variadic ?? 'any';
      const got = args[i]!.type;
      const expected = want === 'same' ? first : want;
      if (expected === 'any' || expected === 'missing' || got === 'missing' || got === expected) continue;
      typeMismatch(
        this.ctx,
        node.args[i]!.span,
        `Argument ${i + 1} til ${node.name}()`,
        `Argument ${i + 1} of ${node.name}()`,
        expected,
        got,
      );
      return FAILED;
    }
    const type: ExprType = spec.returns === 'first' ? (first === 'error' ? 'missing' : first) : spec.returns;
    return { expr: { kind: 'call', type, function: spec.name, args: args.map((a) => a.expr!) }, type };
  }
}
