import { describe, expect, it } from 'vitest';
import type { Statement } from './ast';
import { lex } from './lexer';
import { parseScript } from './parse-script';

const parse = (text: string) => parseScript(lex(text).value);

function shape(s: Statement): unknown {
  if (s.kind === 'for')
    return { for: s.groups.map((g) => g.names.map((n) => n.name).join(',')), body: s.body.map(shape) };
  if (s.kind === 'let') return `let ${s.name}`;
  if (s.kind === 'textblock') return 'text';
  return s.tokens[0]!.text;
}

describe('statements', () => {
  it('nests loop bodies up to their end', () => {
    const { value, diagnostics } = parse(
      'let a = 1\nfor i in 1 2\n for j in 3 4\n  help\n end\n history\nend\nclear',
    );
    expect(diagnostics).toEqual([]);
    expect(value.statements.map(shape)).toEqual([
      'let a',
      { for: ['i'], body: [{ for: ['j'], body: ['help'] }, 'history'] },
      'clear',
    ]);
  });

  it('splits zipped names, lists and nested parts of a for header', () => {
    const { value } = parse('for år, farge in 2000 : 2002, blå gul grønn; navn in a b\nend');
    const loop = value.statements[0]!;
    if (loop.kind !== 'for') throw new Error('expected a loop');
    expect(loop.groups.map((g) => g.names.map((n) => n.name))).toEqual([['år', 'farge'], ['navn']]);
    expect(loop.groups[0]!.lists.map((l) => l.map((t) => t.text).join(' '))).toEqual([
      '2000 : 2002',
      'blå gul grønn',
    ]);
  });

  it('reports a stray end, an open for and a malformed let, and keeps going', () => {
    const { value, diagnostics } = parse('end\nlet x\nhelp\nfor i in 1\nhistory');
    expect(diagnostics.map((d) => d.code)).toEqual(['end-without-for', 'let-syntax', 'for-unclosed']);
    expect(value.statements.map(shape)).toEqual(['help', { for: ['i'], body: ['history'] }]);
  });

  it('refuses loops nested deeper than the limit without overflowing', () => {
    const text = `${'for i in 1\n'.repeat(5000)}help\n${'end\n'.repeat(5000)}`;
    const { diagnostics } = parse(text);
    expect(diagnostics.some((d) => d.code === 'for-syntax' && d.message_en.includes('nested deeper'))).toBe(
      true,
    );
  });
});
