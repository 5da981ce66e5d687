// Character classes of the lexer, by UTF-16 code unit.
const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u;
const UNICODE_SPACE = /[\p{Zs}\uFEFF\u200B]/u;

/** True for characters that may continue a name. */
export function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 64 ||
    (c >= 128 && UNICODE_WORD.test(String.fromCharCode(c)))
  );
}

/** True for characters that may start a name. */
export function isWordStart(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 128 && isWordChar(c) && !isDigit(c))
  );
}

/** ASCII digits. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Spaces, tabs, other Unicode blanks and the byte order mark. */
export function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 11 || c === 12 || (c >= 128 && UNICODE_SPACE.test(String.fromCharCode(c)))
  );
}

/** `\n` or `\r`. */
export function isNewline(c: number): boolean {
  return c === 10 || c === 13;
}

/** A `YYYY-MM-DD` literal starts at `at` (not followed by more of a name or number). */
export function isDate(text: string, at: number): boolean {
  for (let k = 0; k < 10; k++) {
    const c = text.charCodeAt(at + k);
    if (k === 4 || k === 7 ? c !== 45 : !isDigit(c)) return false;
  }
  const after = text.charCodeAt(at + 10);
  return !(isWordChar(after) || after === 46);
}

/** How a character reads in a message: quoted, or as U+XXXX when invisible. */
export function showChar(text: string, at: number): string {
  const c = text.codePointAt(at) ?? 0;
  if (c < 32 || c === 127 || (c >= 0x80 && c < 0xa0) || c === 0xfffd) {
    return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `'${String.fromCodePoint(c)}'`;
}
