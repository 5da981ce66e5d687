import type { ForGroup, Script, Statement } from './ast';
import { DiagnosticSink } from './diagnostic-sink';
import type { Diagnostic } from './diagnostics';
import { isOp, isWord, type Token } from './tokens';

/** The statements of a script: let, for ... end (with bodies), textblocks and command lines. */
export interface ParseScriptResult {
  value: Script;
  diagnostics: Diagnostic[];
}

/** Groups tokens into statements; loops get their bodies, and every stray `end` or open `for` is reported. */
export function parseScript(tokens: readonly Token[]): ParseScriptResult {
  const lines = splitLines(tokens);
  const sink = new DiagnosticSink();
  const state = { index: 0 };
  const statements = parseBlock(lines, state, sink, 0);
  const end = tokens.length ? tokens[tokens.length - 1]!.end : 0;
  return { value: { statements }, diagnostics: sink.finish({ start: end, end }) };
}

function splitLines(tokens: readonly Token[]): Token[][] {
  const lines: Token[][] = [];
  let current: Token[] = [];
  for (const t of tokens) {
    if (t.kind === 'eol') {
      if (current.length) lines.push(current);
      current = [];
    } else current.push(t);
  }
  if (current.length) lines.push(current);
  return lines;
}

function lineSpan(line: Token[]) {
  return { start: line[0]!.start, end: line[line.length - 1]!.end };
}

function isEnd(line: Token[]): boolean {
  return line.length === 1 && isWord(line[0], 'end');
}

/** Loops nested deeper than this are refused, so that a hostile script cannot exhaust the stack. */
const MAX_LOOP_DEPTH = 32;

function parseBlock(
  lines: Token[][],
  state: { index: number },
  sink: DiagnosticSink,
  depth: number,
): Statement[] {
  const out: Statement[] = [];
  while (state.index < lines.length) {
    const line = lines[state.index]!;
    if (isEnd(line)) {
      if (depth > 0) return out;
      sink.report('end-without-for', lineSpan(line));
      state.index++;
      continue;
    }
    state.index++;
    const statement = parseLine(line, lines, state, sink, depth);
    if (statement) out.push(statement);
  }
  return out;
}

function parseLine(
  line: Token[],
  lines: Token[][],
  state: { index: number },
  sink: DiagnosticSink,
  depth: number,
): Statement | null {
  const first = line[0]!;
  const span = lineSpan(line);
  if (first.kind === 'textblock') return { kind: 'textblock', text: first.text, span };
  if (isWord(first, 'let')) {
    const name = line[1];
    if (!isWord(name) || !isOp(line[2], '=') || line.length < 4) {
      sink.report('let-syntax', span);
      return null;
    }
    return {
      kind: 'let',
      name: name!.text,
      nameSpan: { start: name!.start, end: name!.end },
      value: line.slice(3),
      span,
    };
  }
  if (isWord(first, 'for')) {
    if (depth >= MAX_LOOP_DEPTH) {
      sink.report('for-syntax', span, { detail: `loops are nested deeper than ${MAX_LOOP_DEPTH} levels` });
      return null;
    }
    return parseFor(line, lines, state, sink, depth + 1);
  }
  return { kind: 'line', tokens: line, span };
}

function parseFor(
  line: Token[],
  lines: Token[][],
  state: { index: number },
  sink: DiagnosticSink,
  depth: number,
): Statement | null {
  const headerSpan = lineSpan(line);
  const groups = parseForHeader(line.slice(1), sink, headerSpan);
  const body = parseBlock(lines, state, sink, depth);
  let span = headerSpan;
  if (state.index < lines.length) {
    span = { start: headerSpan.start, end: lineSpan(lines[state.index]!).end };
    state.index++;
  } else sink.report('for-unclosed', { start: headerSpan.start, end: line[0]!.end });
  if (!groups) return null;
  return { kind: 'for', groups, body, span, headerSpan };
}

function splitOn(tokens: Token[], op: string): Token[][] {
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (isOp(t, op)) parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  return parts;
}

function parseForHeader(tokens: Token[], sink: DiagnosticSink, headerSpan: { start: number; end: number }) {
  const groups: ForGroup[] = [];
  for (const part of splitOn(tokens, ';')) {
    const inAt = part.findIndex((t) => isWord(t, 'in'));
    const where = part.length ? lineSpan(part) : headerSpan;
    if (inAt < 0) {
      sink.report('for-syntax', where, { detail: "'in' is missing" });
      return null;
    }
    const names = splitOn(part.slice(0, inAt), ',');
    if (names.some((n) => n.length !== 1 || !isWord(n[0]))) {
      sink.report('for-syntax', where, { detail: 'the loop names must be plain names separated by commas' });
      return null;
    }
    const lists = splitOn(part.slice(inAt + 1), ',');
    if (lists.some((l) => l.length === 0)) {
      sink.report('for-syntax', where, { detail: 'a list of values is empty' });
      return null;
    }
    groups.push({
      names: names.map((n) => ({ name: n[0]!.text, span: { start: n[0]!.start, end: n[0]!.end } })),
      lists,
      span: where,
    });
  }
  return groups;
}
