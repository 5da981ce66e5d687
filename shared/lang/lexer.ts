import { isDate, isDigit, isNewline, isSpace, isWordChar, isWordStart, showChar } from './chars';
import { isValidIsoDate } from './dates';
import { DiagnosticSink } from './diagnostic-sink';
import type { Diagnostic } from './diagnostics';
import type { Token, TokenKind } from './tokens';

/** What the lexer needs to know from outside: which words start a command (for textblock recovery). */
export interface LexOptions {
  isCommand?: (name: string) => boolean;
}

/** The tokens of a script; logical lines end with an `eol` token. */
export interface LexResult {
  value: Token[];
  diagnostics: Diagnostic[];
}

const TWO_CHAR_OPS = new Set(['==', '!=', '<=', '>=', '->', '++', '##']);
const ONE_CHAR_OPS = new Set([
  '(',
  ')',
  ',',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '^',
  '&',
  '|',
  '!',
  ':',
  ';',
  '#',
  '.',
]);

interface LineRecord {
  tokenIndex: number;
  diagIndex: number;
  start: number;
  /** A blank or comment-only line (or the file start) comes right before this logical line. */
  breakBefore: boolean;
}

/** Splits script text into tokens: joins `\` continuations, drops comments, keeps textblocks whole. */
export function lex(text: string, options: LexOptions = {}): LexResult {
  return new Lexer(text, options).run();
}

class Lexer {
  private i = 0;
  private readonly tokens: Token[] = [];
  private readonly sink = new DiagnosticSink();
  private readonly lines: LineRecord[] = [];
  private lineHasTokens = false;
  private space = true;
  private breakPending = true;

  constructor(
    private readonly text: string,
    private readonly options: LexOptions,
  ) {}

  run(): LexResult {
    const { text } = this;
    while (this.i < text.length) this.step();
    this.endLine(text.length);
    return { value: this.tokens, diagnostics: this.sink.finish({ start: text.length, end: text.length }) };
  }

  private step(): void {
    const { text } = this;
    const c = text.charCodeAt(this.i);
    if (isNewline(c)) {
      this.newline(c);
      return;
    }
    if (isSpace(c)) {
      this.i++;
      this.space = true;
      return;
    }
    if (c === 47 && text.charCodeAt(this.i + 1) === 47) {
      this.skipLineComment();
      return;
    }
    if (c === 47 && text.charCodeAt(this.i + 1) === 42) {
      this.skipBlockComment();
      return;
    }
    if (c === 35 && !this.lineHasTokens) {
      this.skipLineComment();
      return;
    }
    if (c === 92) {
      this.backslash();
      return;
    }
    if (!this.lineHasTokens && isWordStart(c) && this.lineKeyword()) return;
    if (isWordStart(c)) {
      this.word();
      return;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(this.i + 1)))) {
      this.number();
      return;
    }
    if (c === 39 || c === 34) {
      this.string(c);
      return;
    }
    if (c === 36) {
      this.binding();
      return;
    }
    const two = text.slice(this.i, this.i + 2);
    if (TWO_CHAR_OPS.has(two)) {
      this.push('op', two, this.i, this.i + 2);
      return;
    }
    const one = text[this.i]!;
    if (ONE_CHAR_OPS.has(one)) {
      this.push('op', one, this.i, this.i + 1);
      return;
    }
    const width = c >= 0xd800 && c <= 0xdbff && this.i + 1 < text.length ? 2 : 1;
    this.sink.report(
      'unexpected-character',
      { start: this.i, end: this.i + width },
      { char: showChar(text, this.i) },
    );
    this.i += width;
    this.space = true;
  }

  private push(
    kind: TokenKind,
    tokenText: string,
    start: number,
    end: number,
    extra: Partial<Token> = {},
  ): void {
    if (!this.lineHasTokens) {
      this.lines.push({
        tokenIndex: this.tokens.length,
        diagIndex: this.sink.list.length,
        start,
        breakBefore: this.breakPending,
      });
      this.lineHasTokens = true;
      this.breakPending = false;
    }
    this.tokens.push({ kind, text: tokenText, start, end, spaceBefore: this.space, ...extra });
    this.space = false;
    this.i = end;
  }

  private newline(c: number): void {
    const at = this.i;
    this.i += c === 13 && this.text.charCodeAt(this.i + 1) === 10 ? 2 : 1;
    if (this.lineHasTokens) this.endLine(at);
    else this.breakPending = true;
    this.space = true;
  }

  private endLine(at: number): void {
    if (!this.lineHasTokens) return;
    this.tokens.push({ kind: 'eol', text: '', start: at, end: at, spaceBefore: true });
    this.lineHasTokens = false;
  }

  private skipLineComment(): void {
    while (this.i < this.text.length && !isNewline(this.text.charCodeAt(this.i))) this.i++;
    this.space = true;
  }

  private skipBlockComment(): void {
    const close = this.text.indexOf('*/', this.i + 2);
    if (close < 0) {
      this.sink.report('unterminated-comment', { start: this.i, end: this.i + 2 });
      this.i = this.text.length;
    } else this.i = close + 2;
    this.space = true;
  }

  private backslash(): void {
    let j = this.i + 1;
    while (j < this.text.length && isSpace(this.text.charCodeAt(j))) j++;
    if (this.text.startsWith('//', j))
      while (j < this.text.length && !isNewline(this.text.charCodeAt(j))) j++;
    const c = this.text.charCodeAt(j);
    if (j >= this.text.length || isNewline(c)) {
      // A continuation: the next physical line belongs to this logical line.
      this.i = j >= this.text.length ? j : j + (c === 13 && this.text.charCodeAt(j + 1) === 10 ? 2 : 1);
      this.space = true;
      return;
    }
    this.sink.report('unexpected-character', { start: this.i, end: this.i + 1 }, { char: '\\' });
    this.i++;
    this.space = true;
  }

  private wordEnd(from: number): number {
    let j = from;
    while (j < this.text.length && isWordChar(this.text.charCodeAt(j))) j++;
    return j;
  }

  private word(): void {
    const end = this.wordEnd(this.i + 1);
    this.push('word', this.text.slice(this.i, end), this.i, end);
  }

  private number(): void {
    const { text } = this;
    const start = this.i;
    if (isDate(text, start)) {
      const iso = text.slice(start, start + 10);
      if (!isValidIsoDate(iso)) this.sink.report('invalid-date', { start, end: start + 10 }, { text: iso });
      this.push('date', iso, start, start + 10);
      return;
    }
    let j = start;
    while (isDigit(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
      j++;
      while (isDigit(text.charCodeAt(j))) j++;
    }
    const e = text.charCodeAt(j);
    if (e === 101 || e === 69) {
      let k = j + 1;
      if (text[k] === '+' || text[k] === '-') k++;
      if (isDigit(text.charCodeAt(k))) {
        while (isDigit(text.charCodeAt(k))) k++;
        j = k;
      }
    }
    const raw = text.slice(start, j);
    this.push('number', raw, start, j, { num: Number(raw) });
  }

  private string(quote: number): void {
    const { text } = this;
    const start = this.i;
    let j = start + 1;
    while (j < text.length && text.charCodeAt(j) !== quote && !isNewline(text.charCodeAt(j))) j++;
    const q = String.fromCharCode(quote);
    if (text.charCodeAt(j) !== quote) {
      this.sink.report('unterminated-string', { start, end: j });
      this.push('string', text.slice(start + 1, j), start, j, { quote: q });
      return;
    }
    this.push('string', text.slice(start + 1, j), start, j + 1, { quote: q });
  }

  private binding(): void {
    const { text } = this;
    const start = this.i;
    if (text.charCodeAt(start + 1) === 123) {
      const close = text.indexOf('}', start + 2);
      const nameEnd = this.wordEnd(start + 2);
      if (close === nameEnd && nameEnd > start + 2) {
        this.push('binding', text.slice(start + 2, nameEnd), start, close + 1);
        return;
      }
    } else if (isWordStart(text.charCodeAt(start + 1))) {
      const end = this.wordEnd(start + 2);
      this.push('binding', text.slice(start + 1, end), start, end);
      return;
    }
    this.sink.report('unexpected-character', { start, end: start + 1 }, { char: '$' });
    this.i++;
    this.space = true;
  }

  /** `textblock` and `endblock` at the start of a logical line; true when handled. */
  private lineKeyword(): boolean {
    const end = this.wordEnd(this.i);
    const w = this.text.slice(this.i, end);
    if (w === 'textblock') {
      this.textblock(end);
      return true;
    }
    if (w === 'endblock' && this.restOfLineBlank(end)) {
      this.orphanEndblock(end);
      return true;
    }
    return false;
  }

  private restOfLineBlank(from: number): boolean {
    let j = from;
    while (j < this.text.length && isSpace(this.text.charCodeAt(j))) j++;
    return j >= this.text.length || isNewline(this.text.charCodeAt(j)) || this.text.startsWith('//', j);
  }

  private physicalLineEnd(from: number): number {
    let j = from;
    while (j < this.text.length && !isNewline(this.text.charCodeAt(j))) j++;
    return j;
  }

  private nextLineStart(lineEnd: number): number {
    if (lineEnd >= this.text.length) return lineEnd;
    return (
      lineEnd + (this.text.charCodeAt(lineEnd) === 13 && this.text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1)
    );
  }

  private textblock(wordEnd: number): void {
    const start = this.i;
    const body: string[] = [];
    const first = this.text.slice(wordEnd, this.physicalLineEnd(wordEnd)).trim();
    if (first) body.push(first);
    let lineStart = this.nextLineStart(this.physicalLineEnd(wordEnd));
    while (lineStart < this.text.length) {
      const lineEnd = this.physicalLineEnd(lineStart);
      const line = this.text.slice(lineStart, lineEnd);
      const m = /^\s*endblock\b/.exec(line);
      if (m && /^\s*endblock\s*(\/\/.*)?$/.test(line)) {
        const end = lineStart + m[0].length;
        this.push('textblock', body.join('\n'), start, end);
        this.i = lineEnd;
        return;
      }
      body.push(line);
      lineStart = this.nextLineStart(lineEnd);
    }
    this.sink.report('textblock-unterminated', { start, end: wordEnd });
    this.push('textblock', body.join('\n'), start, this.text.length);
  }

  /** An `endblock` with no `textblock`: reads the text lines right above it as the block, when there are any. */
  private orphanEndblock(wordEnd: number): void {
    const start = this.i;
    let first = this.lines.length;
    let breakAfter = this.breakPending;
    while (first > 0 && !breakAfter) {
      const line = this.lines[first - 1]!;
      if (this.looksLikeCommand(line)) break;
      first--;
      breakAfter = line.breakBefore;
    }
    if (first === this.lines.length) {
      this.sink.report('endblock-without-textblock', { start, end: wordEnd });
      this.i = wordEnd;
      return;
    }
    const from = this.lines[first]!;
    const count = this.lines.length - first;
    this.tokens.length = from.tokenIndex;
    this.sink.list.length = from.diagIndex;
    this.lines.length = first;
    this.breakPending = from.breakBefore;
    let textEnd = start;
    while (textEnd > from.start && !isNewline(this.text.charCodeAt(textEnd - 1))) textEnd--;
    const content = this.text
      .slice(from.start, textEnd)
      .replace(/\r?\n$|\r$/, '')
      .replace(/\r\n?/g, '\n');
    this.push('textblock', content, from.start, wordEnd);
    this.sink.report('textblock-start-missing', { start, end: wordEnd }, { lines: count });
  }

  private looksLikeCommand(line: LineRecord): boolean {
    const t = this.tokens[line.tokenIndex];
    if (!t || t.kind === 'textblock') return true;
    if (t.kind !== 'word') return false;
    let name = t.text;
    for (let k = line.tokenIndex + 1; k + 1 < this.tokens.length; k += 2) {
      const dash = this.tokens[k]!;
      const next = this.tokens[k + 1]!;
      if (dash.text !== '-' || dash.spaceBefore || next.kind !== 'word' || next.spaceBefore) break;
      name += `-${next.text}`;
    }
    return ['let', 'for', 'end'].includes(name) || (this.options.isCommand?.(name) ?? false);
  }
}
