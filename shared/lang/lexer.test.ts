// biome-ignore-all lint/suspicious/noTemplateCurlyInString: scripts write bindings as ${name}
import { describe, expect, it } from 'vitest';
import { lex } from './lexer';

const kinds = (text: string) => lex(text).value.map((t) => `${t.kind}:${t.text}`);
const codes = (text: string) => lex(text).diagnostics.map((d) => d.code);

describe('lexer', () => {
  it('reads names with Norwegian letters, @, numbers, dates, strings and operators', () => {
    expect(kinds("generate lønn_år = date@panel + 2.5e3 if x != '03' & d == 2019-01-01")).toEqual([
      'word:generate',
      'word:lønn_år',
      'op:=',
      'word:date@panel',
      'op:+',
      'number:2.5e3',
      'word:if',
      'word:x',
      'op:!=',
      'string:03',
      'op:&',
      'word:d',
      'op:==',
      'date:2019-01-01',
      'eol:',
    ]);
  });

  it('keeps spans as UTF-16 offsets into the original text', () => {
    const [first, second] = lex('  kjønn  ønske').value;
    expect(first).toMatchObject({ start: 2, end: 7, spaceBefore: true });
    expect(second).toMatchObject({ start: 9, end: 14, text: 'ønske' });
  });

  it('joins continuation lines and ends logical lines at newlines', () => {
    expect(kinds('recode x \\\n  (1 = 2) \\   // why\r\n (3 = 4)\nhelp')).toEqual([
      'word:recode',
      'word:x',
      'op:(',
      'number:1',
      'op:=',
      'number:2',
      'op:)',
      'op:(',
      'number:3',
      'op:=',
      'number:4',
      'op:)',
      'eol:',
      'word:help',
      'eol:',
    ]);
  });

  it('drops // and /* */ comments and # at the start of a line, but keeps # and ## mid-line', () => {
    expect(kinds('# a comment\nregress y a#b c##d // trailing\n/* block\nover lines */ help')).toEqual([
      'word:regress',
      'word:y',
      'word:a',
      'op:#',
      'word:b',
      'word:c',
      'op:##',
      'word:d',
      'eol:',
      'word:help',
      'eol:',
    ]);
  });

  it('reads bindings and marks whether tokens touch', () => {
    const tokens = lex('as siv_$år ${x}y').value;
    expect(tokens.map((t) => [t.kind, t.text, t.spaceBefore])).toEqual([
      ['word', 'as', true],
      ['word', 'siv_', true],
      ['binding', 'år', false],
      ['binding', 'x', true],
      ['word', 'y', false],
      ['eol', '', true],
    ]);
  });

  it('keeps a textblock whole, markdown and all', () => {
    const tokens = lex("textblock\n# Title\nit's *fine*\nendblock\nhelp").value;
    expect(tokens[0]).toMatchObject({ kind: 'textblock', text: "# Title\nit's *fine*" });
    expect(kinds('textblock\nx\nendblock\nhelp').slice(1)).toEqual(['eol:', 'word:help', 'eol:']);
  });

  it('reports what it cannot read, and goes on', () => {
    expect(codes("help % ~ 'open\nhelp \\ x")).toEqual([
      'unexpected-character',
      'unexpected-character',
      'unterminated-string',
      'unexpected-character',
    ]);
    expect(codes('import db/X 2019-02-30')).toEqual(['invalid-date']);
    expect(codes('help /* no end')).toEqual(['unterminated-comment']);
    expect(codes('textblock\nno end')).toEqual(['textblock-unterminated']);
  });

  it('reads the text lines above an orphan endblock as the block, with a warning', () => {
    const result = lex('Title line\n-----\nendblock\nhelp', { isCommand: (n) => n === 'help' });
    expect(result.value[0]).toMatchObject({ kind: 'textblock', text: 'Title line\n-----', start: 0 });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['textblock-start-missing']);
  });

  it('does not swallow commands or lines above a blank line into an orphan block', () => {
    const lexed = lex('help\nendblock', { isCommand: (n) => n === 'help' });
    expect(lexed.diagnostics.map((d) => d.code)).toEqual(['endblock-without-textblock']);
    expect(lex('text\n\nendblock').diagnostics.map((d) => d.code)).toEqual(['endblock-without-textblock']);
  });

  it('shows control characters by code point', () => {
    expect(lex('help \u0000').diagnostics[0]?.message_en).toBe('Unexpected character U+0000.');
  });
});
