import { describe, expect, it } from 'vitest';
import type { ExprNode } from './ast';
import { DiagnosticSink } from './diagnostic-sink';
import { lex } from './lexer';
import { MAX_NESTING, MAX_OPERATORS, parseExpression } from './parse-expression';

function parse(text: string) {
  const tokens = lex(text).value.filter((t) => t.kind !== 'eol');
  const sink = new DiagnosticSink();
  const { expr, next } = parseExpression(tokens, 0, tokens.length, sink);
  return { expr, rest: tokens.length - next, codes: sink.list.map((d) => d.code) };
}

function show(e: ExprNode): string {
  switch (e.kind) {
    case 'number':
      return String(e.value);
    case 'string':
      return `'${e.value}'`;
    case 'date':
      return e.iso;
    case 'missing':
      return '.';
    case 'ref':
      return e.name;
    case 'unary':
      return `(${e.op}${show(e.operand)})`;
    case 'binary':
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'call':
      return `${e.name}(${e.args.map(show).join(', ')})`;
    case 'error':
      return '<error>';
  }
}

describe('expressions', () => {
  it.each([
    ['1 + 2 * 3 ^ 2', '(1 + (2 * (3 ^ 2)))'],
    ['-2 ^ 2', '(-(2 ^ 2))'],
    ['a > 1 & b < 2 | !c', '(((a > 1) & (b < 2)) | (!c))'],
    ['a - b - c', '((a - b) - c)'],
    ["s ++ '_' ++ t == 'x'", "(((s ++ '_') ++ t) == 'x')"],
    ["substr(bosted, 1, 2) == '03'", "(substr(bosted, 1, 2) == '03')"],
    ['pi() * (x + 1)', '(pi() * (x + 1))'],
    ['x == .', '(x == .)'],
    ['d >= 2019-01-01', '(d >= 2019-01-01)'],
  ])('%s', (text, expected) => {
    const { expr, rest, codes } = parse(text);
    expect(codes).toEqual([]);
    expect(rest).toBe(0);
    expect(show(expr)).toBe(expected);
  });

  it('reads = as == and says so', () => {
    const { expr, codes } = parse('x = 1');
    expect(show(expr)).toBe('(x == 1)');
    expect(codes).toEqual(['assignment-in-expression']);
  });

  it('reports missing operands and unclosed parentheses as error nodes', () => {
    expect(parse('1 +').codes).toEqual(['expected']);
    expect(parse('f(1, 2').codes).toEqual(['unclosed-paren']);
    expect(parse('((1)').codes).toEqual(['unclosed-paren']);
  });

  it('stops at what cannot continue an expression', () => {
    expect(parse('a b').rest).toBe(1);
  });

  it('refuses deep nesting and endless operator chains with one diagnostic, without recursion trouble', () => {
    const nested = parse(`${'('.repeat(50_000)}1${')'.repeat(50_000)}`);
    expect(nested.codes).toEqual(['expression-too-deep']);
    expect(parse(`${'-'.repeat(50_000)}1`).codes).toEqual(['expression-too-deep']);
    expect(parse(`${'f('.repeat(MAX_NESTING + 1)}1${')'.repeat(MAX_NESTING + 1)}`).codes).toEqual([
      'expression-too-deep',
    ]);
    expect(parse(Array.from({ length: MAX_OPERATORS + 2 }, () => 'a').join(' + ')).codes).toEqual([
      'expression-too-deep',
    ]);
    expect(parse(Array.from({ length: MAX_OPERATORS }, () => 'a').join(' + ')).codes).toEqual([]);
  });
});
