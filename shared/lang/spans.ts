/** A half-open range `[start, end)` of UTF-16 offsets into the original script text. */
export interface Span {
  start: number;
  end: number;
}

/** Where a span sits for people: 1-based line and column, and its length in UTF-16 units. */
export interface Location {
  line: number;
  column: number;
  length: number;
}

/** Builds a span; `end` is never before `start`. */
export function span(start: number, end: number): Span {
  return { start, end: Math.max(start, end) };
}

/** The smallest span that covers both. */
export function cover(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** Clamps a span into `[0, length]`, so a bug upstream can never point outside the text. */
export function clampSpan(s: Span, length: number): Span {
  const start = Math.min(Math.max(0, s.start), length);
  return { start, end: Math.min(Math.max(start, s.end), length) };
}

/** Offsets of the first character of every line (after `\n`, `\r\n` or a lone `\r`). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Turns offsets into line/column lookups; build it once per text and reuse it. */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  /** 1-based line of an offset. */
  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Line, column (both 1-based) and length of a span. */
  locate(s: Span): Location {
    const line = this.line(s.start);
    return { line, column: s.start - this.starts[line - 1]! + 1, length: s.end - s.start };
  }
}

/** Line, column and length of a span in `text` (for one-off use; prefer `LineIndex` in loops). */
export function locate(text: string, s: Span): Location {
  return new LineIndex(text).locate(s);
}
