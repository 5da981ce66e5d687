/** A part of the script to run: its text and where it starts in the editor, to map lines and spans back. */
export interface RunRange {
  text: string;
  /** 0-based line of the editor where `text` starts (output line 1 is editor line firstLine + 1). */
  firstLine: number;
  /** Offset in the editor where `text` starts. */
  offset: number;
}

/** The whole lines covered by [from, to) in `doc` (a selection ending at a line's start leaves that line out). */
export function linesOf(doc: string, from: number, to: number): RunRange {
  const start = doc.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
  const endAt = to > from && doc[to - 1] === '\n' ? to - 1 : to;
  const nl = doc.indexOf('\n', endAt);
  const end = nl === -1 ? doc.length : nl;
  const firstLine = doc.slice(0, start).split('\n').length - 1;
  return { text: doc.slice(start, end), firstLine, offset: start };
}
