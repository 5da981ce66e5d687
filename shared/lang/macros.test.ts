// biome-ignore-all lint/suspicious/noTemplateCurlyInString: scripts write bindings as ${name}
import { describe, expect, it } from 'vitest';
import { lex } from './lexer';
import { EXPANSION_LIMIT, expandMacros } from './macros';
import { parseScript } from './parse-script';

function expand(text: string) {
  const result = expandMacros(parseScript(lex(text).value).value);
  return {
    lines: result.value.map((l) =>
      l.tokens.map((t) => (t.kind === 'string' ? `"${t.text}"` : t.text)).join(' '),
    ),
    codes: result.diagnostics.map((d) => d.code),
    result,
  };
}

describe('bindings and loops', () => {
  it('substitutes $name and ${name} by value, keeping strings, numbers and names apart', () => {
    const { lines } = expand('let s = "foo"\nlet n = 2000\nlet v = sivstand\nhelp $s $n ${v} x${n}y');
    expect(lines).toEqual(['help "foo" 2000 sivstand x2000y']);
  });

  it('evaluates let with arithmetic, functions and ++ (after + and -)', () => {
    const { lines } = expand(
      'let a = 22/7\nlet b = cos(2 * pi())\nlet c = 2000 ++ "-01-01"\nlet d = to ++ tusen\nlet e = $n\nhelp $a $b $c $d',
    );
    expect(lines[0]).toMatch(/^help 3\.14285714285714 1 "2000-01-01" totusen$/);
  });

  it('builds names with ++ and evaluates binding functions in commands', () => {
    const { lines } = expand(
      'let år = 2000\nimport f/X date_fmt($år, 12, 31) as lønn ++ $år - 2000 ++ "_2"\ngenerate g = 1 if siv_ ++ $år + 2 == "1"',
    );
    expect(lines).toEqual(['import f / X "2000-12-31" as lønn0_2', 'generate g = 1 if siv_2002 == "1"']);
  });

  it('leaves ++ between run-time values for string concatenation', () => {
    expect(expand('generate k = string(a) ++ "_" ++ string(b)').lines).toEqual([
      'generate k = string ( a ) ++ "_" ++ string ( b )',
    ]);
  });

  it('expands ranges, lists, zipped lists and nested loops in order', () => {
    const { lines } = expand('for år, f in 2000 : 2001, blå gul; n in a b\nhelp $n$år$f\nend');
    expect(lines).toEqual(['help a2000blå', 'help b2000blå', 'help a2001gul', 'help b2001gul']);
    expect(expand('for x in -1 0 "s"\nhelp $x\nend').lines).toEqual(['help -1', 'help 0', 'help "s"']);
  });

  it('keeps the span of the reference for substituted tokens', () => {
    const text = 'let x = 5\nhelp $x';
    const token = expand(text).result.value[0]!.tokens[1]!;
    expect(text.slice(token.start, token.end)).toBe('$x');
  });

  it('substitutes lets it cannot compute as the tokens they were written with', () => {
    expect(expand('let cond = alder > 30 & kjønn == "1"\nkeep if $cond').lines).toEqual([
      'keep if alder > 30 & kjønn == "1"',
    ]);
  });

  it('reports errors once and drops only the lines that use them', () => {
    const { lines, codes } = expand(
      'let bad = 1 / 0\nhelp $bad\nhelp $missing\nhistory\nfor a, b in 1 2, 3\nend\nfor i in 3 : 1\nend',
    );
    expect(codes).toEqual(['binding-evaluation', 'unknown-binding', 'for-length-mismatch', 'for-syntax']);
    expect(lines).toEqual(['history']);
  });

  it('stops runaway loops at the expansion limit', () => {
    const { lines, codes } = expand('for i in 1 : 1000\nfor j in 1 : 1000\nhelp\nend\nend');
    expect(lines).toHaveLength(EXPANSION_LIMIT);
    expect(codes).toEqual(['expansion-limit']);
    expect(expand('for i in 1 : 999999999\nhelp\nend').codes).toEqual(['expansion-limit']);
  });

  it('counts only what loops produce against the limit, never the lines written out', () => {
    const { lines, codes } = expand('help\n'.repeat(EXPANSION_LIMIT + 5));
    expect(lines).toHaveLength(EXPANSION_LIMIT + 5);
    expect(codes).toEqual([]);
  });

  it('suggests a close binding name', () => {
    const { result } = expand('let startår = 2000\nhelp $startar');
    expect(result.diagnostics[0]!.message_en).toBe(
      'The binding $startar is not defined by let or for. Did you mean $startår?',
    );
  });
});
