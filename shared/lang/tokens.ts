import type { Span } from './spans';

/** Kinds of tokens the lexer produces. */
export type TokenKind =
  | 'word' // names, keywords, command-name parts (letters incl. æøå, digits, _, @)
  | 'number'
  | 'string'
  | 'date' // YYYY-MM-DD literal
  | 'binding' // $name or ${name}
  | 'op' // punctuation and operators
  | 'textblock' // a whole textblock ... endblock, its text in `value`
  | 'eol'; // end of a logical line (after continuations are joined)

/** One token with its place in the original text. */
export interface Token {
  kind: TokenKind;
  /** Source text for words, numbers, dates and ops; the name for bindings; the content for strings. */
  text: string;
  start: number;
  end: number;
  /** True when whitespace, a line start or a comment comes right before the token. */
  spaceBefore: boolean;
  /** Numeric value of a number token. */
  num?: number;
  /** The quote character of a string token. */
  quote?: string;
}

/** The span of a token. */
export function tokenSpan(t: Token): Span {
  return { start: t.start, end: t.end };
}

/** How a token reads in a message. */
export function describeToken(t: Token | undefined): string {
  if (!t || t.kind === 'eol') return 'end of line';
  if (t.kind === 'string') return `${t.quote}${t.text}${t.quote}`;
  if (t.kind === 'binding') return `$${t.text}`;
  return t.text;
}

/** True when the token is the operator `op`. */
export function isOp(t: Token | undefined, op: string): boolean {
  return t !== undefined && t.kind === 'op' && t.text === op;
}

/** True when the token is the word `word`. */
export function isWord(t: Token | undefined, word?: string): boolean {
  return t !== undefined && t.kind === 'word' && (word === undefined || t.text === word);
}
