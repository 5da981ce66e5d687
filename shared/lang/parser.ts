import type { ArgNode, CommandNode, ExpandedLine, ExprNode, OptionNode } from './ast';
import type { CommandSpec, OptionSpec } from './command-kit/syntax';
import { DiagnosticSink } from './diagnostic-sink';
import type { Diagnostic } from './diagnostics';
import { ArgReader } from './parse-args';
import { parseExpression } from './parse-expression';
import { cover, type Span } from './spans';
import { closestName } from './suggest';
import { describeToken, isOp, isWord, type Token, tokenSpan } from './tokens';

/** What the parser needs to know about commands: their syntax as data. */
export interface CommandLookup {
  spec(name: string): CommandSpec | undefined;
  names(): Iterable<string>;
}

/** One line after parsing: a command, or a line that could not be understood (already reported). */
export type ParsedLine =
  | { kind: 'command'; node: CommandNode }
  | { kind: 'failed'; span: Span; name: string | null };

/** The parsed commands of a script. */
export interface ParseResult {
  value: ParsedLine[];
  diagnostics: Diagnostic[];
}

/** Parses every expanded line by its command's syntax; a bad line is reported and the next one still parsed. */
export function parseCommands(lines: readonly ExpandedLine[], lookup: CommandLookup): ParseResult {
  const sink = new DiagnosticSink();
  const parser = new CommandParser(lookup, sink);
  const value: ParsedLine[] = [];
  for (const line of lines) {
    if (line.kind === 'textblock') {
      value.push({ kind: 'command', node: textblockNode(line.text ?? '', line.span) });
      continue;
    }
    const parsed = parser.parse(line.tokens, 0, line.tokens.length);
    value.push(
      parsed.node
        ? { kind: 'command', node: parsed.node }
        : { kind: 'failed', span: line.span, name: parsed.name },
    );
  }
  const last = lines[lines.length - 1];
  const end = last ? last.span.end : 0;
  return { value, diagnostics: sink.finish({ start: end, end }) };
}

function textblockNode(text: string, span: Span): CommandNode {
  return {
    name: 'textblock',
    nameSpan: { start: span.start, end: Math.min(span.end, span.start + 9) },
    span,
    args: { text: { kind: 'text', text, span } },
    condition: null,
    options: [],
  };
}

class CommandParser {
  constructor(
    private readonly lookup: CommandLookup,
    private readonly sink: DiagnosticSink,
  ) {}

  parse(
    tokens: readonly Token[],
    from: number,
    end: number,
  ): { node: CommandNode | null; name: string | null } {
    const first = tokens[from];
    if (!isWord(first)) {
      this.sink.report('expected', first ? tokenSpan(first) : { start: 0, end: 0 }, {
        what_nb: 'en kommando',
        what_en: 'a command',
        found: describeToken(first),
      });
      return { node: null, name: null };
    }
    let pos = from + 1;
    let commandName = first!.text;
    let nameSpan = tokenSpan(first!);
    while (
      pos + 1 < end &&
      isOp(tokens[pos], '-') &&
      !tokens[pos]!.spaceBefore &&
      isWord(tokens[pos + 1]) &&
      !tokens[pos + 1]!.spaceBefore
    ) {
      commandName += `-${tokens[pos + 1]!.text}`;
      nameSpan = cover(nameSpan, tokenSpan(tokens[pos + 1]!));
      pos += 2;
    }
    const spec = this.lookup.spec(commandName);
    if (!spec || spec.phase === 'macro') {
      const hint = closestName(commandName, this.lookup.names());
      this.sink.report('unknown-command', nameSpan, { name: commandName, hint });
      return { node: null, name: commandName };
    }
    const lastToken = tokens[end - 1]!;
    const span = cover(nameSpan, tokenSpan(lastToken));
    const nested = spec.syntax.some((el) => el.kind === 'command');
    const optionsAt = nested ? -1 : topLevelIndex(tokens, pos, end, (t) => isOp(t, ','), true);
    const bodyEnd = optionsAt >= 0 ? optionsAt : end;
    const ifAt = nested ? -1 : topLevelIndex(tokens, pos, bodyEnd, (t) => isWord(t, 'if'), false);
    const argsEnd = ifAt >= 0 ? ifAt : bodyEnd;

    const args: Record<string, ArgNode> = {};
    const reader = new ArgReader(
      tokens,
      pos,
      argsEnd,
      this.sink,
      (t, f, e) => this.nestedCommand(t, f, e),
      commandName,
    );
    if (!reader.readAll(spec.syntax, args)) return { node: null, name: commandName };
    if (reader.pos < argsEnd) this.unexpected(tokens[reader.pos]!, commandName);

    let condition: ExprNode | null = null;
    if (ifAt >= 0) {
      const ifToken = tokens[ifAt]!;
      if (!spec.condition)
        this.sink.report('condition-not-allowed', tokenSpan(ifToken), { command: commandName });
      else condition = this.condition(tokens, ifAt, bodyEnd, commandName);
    }
    const options = optionsAt >= 0 ? this.options(tokens, optionsAt, end, spec) : [];
    return { node: { name: commandName, nameSpan, span, args, condition, options }, name: commandName };
  }

  private nestedCommand(tokens: readonly Token[], from: number, end: number): ArgNode | null {
    if (from >= end) {
      const last = tokens[end - 1];
      this.sink.report('expected', last ? { start: last.end, end: last.end } : { start: 0, end: 0 }, {
        what_nb: 'en modellkommando',
        what_en: 'a model command',
        found: 'end of line',
      });
      return null;
    }
    const { node } = this.parse(tokens, from, end);
    return node ? { kind: 'command', command: node, span: node.span } : null;
  }

  private unexpected(t: Token, command: string): void {
    this.sink.report('unexpected-token', tokenSpan(t), { found: describeToken(t), command });
  }

  private condition(tokens: readonly Token[], ifAt: number, end: number, command: string): ExprNode {
    const { expr, next } = parseExpression(tokens, ifAt + 1, end, this.sink);
    if (next < end) this.unexpected(tokens[next]!, command);
    return expr;
  }

  private options(tokens: readonly Token[], commaAt: number, end: number, spec: CommandSpec): OptionNode[] {
    const options: OptionNode[] = [];
    let pos = commaAt + 1;
    if (pos >= end) {
      this.sink.report('expected', tokenSpan(tokens[commaAt]!), {
        what_nb: 'opsjoner',
        what_en: 'options',
        found: 'end of line',
      });
    }
    while (pos < end) {
      const t = tokens[pos]!;
      if (!isWord(t)) {
        this.unexpected(t, spec.name);
        pos++;
        continue;
      }
      pos++;
      let args: ExprNode[] | null = null;
      let rawArgs: string | null = null;
      let optionSpan = tokenSpan(t);
      if (isOp(tokens[pos], '(') && pos < end) {
        const close = matchingParen(tokens, pos, end);
        rawArgs = tokens
          .slice(pos + 1, close)
          .map((x) => (x.kind === 'string' ? `${x.quote}${x.text}${x.quote}` : x.text))
          .join(' ');
        args = this.optionArgs(tokens, pos + 1, close);
        if (close >= end) this.sink.report('unclosed-paren', tokenSpan(tokens[pos]!));
        optionSpan = cover(optionSpan, tokenSpan(tokens[Math.min(close, end - 1)]!));
        pos = Math.min(close + 1, end);
      }
      const node: OptionNode = { name: t.text, nameSpan: tokenSpan(t), args, rawArgs, span: optionSpan };
      this.validateOption(node, spec, options);
      options.push(node);
    }
    return options;
  }

  private optionArgs(tokens: readonly Token[], from: number, end: number): ExprNode[] {
    const args: ExprNode[] = [];
    let pos = from;
    while (pos < end) {
      if (isOp(tokens[pos], ',')) {
        pos++;
        continue;
      }
      const { expr, next } = parseExpression(tokens, pos, end, this.sink);
      args.push(expr);
      pos = next > pos ? next : pos + 1;
    }
    return args;
  }

  private validateOption(node: OptionNode, spec: CommandSpec, seen: readonly OptionNode[]): void {
    const optionSpec = spec.options.find((o) => o.name === node.name);
    if (!optionSpec) {
      const hint = closestName(
        node.name,
        spec.options.map((o) => o.name),
      );
      this.sink.report('unknown-option', node.nameSpan, { option: node.name, command: spec.name, hint });
      return;
    }
    if (seen.some((o) => o.name === node.name)) {
      this.sink.report('duplicate-option', node.nameSpan, { option: node.name });
    }
    const rival = optionSpec.exclusive
      ? seen.find(
          (o) =>
            o.name !== node.name &&
            spec.options.find((x) => x.name === o.name)?.exclusive === optionSpec.exclusive,
        )
      : undefined;
    if (rival)
      this.sink.report('conflicting-options', node.nameSpan, { first: rival.name, second: node.name });
    const count = node.args?.length ?? 0;
    const expected = expectedArgs(optionSpec);
    if (count < expected.min || count > expected.max) {
      this.sink.report('option-arguments', node.span, {
        option: node.name,
        expected_nb: expected.nb,
        expected_en: expected.en,
      });
    }
  }
}

function expectedArgs(o: OptionSpec): { min: number; max: number; nb: string; en: string } {
  switch (o.arg) {
    case 'none':
      return { min: 0, max: 0, nb: 'ingen argumenter', en: 'no arguments' };
    case 'variables':
      return {
        min: 1,
        max: Number.POSITIVE_INFINITY,
        nb: 'en eller flere variabler i parentes',
        en: 'one or more variables in parentheses',
      };
    case 'text':
      return {
        min: 0,
        max: Number.POSITIVE_INFINITY,
        nb: 'fri tekst i parentes',
        en: 'free text in parentheses',
      };
    case 'variable':
    case 'new-variable':
      return { min: 1, max: 1, nb: 'ett variabelnavn i parentes', en: 'one variable name in parentheses' };
    case 'number':
    case 'integer':
      return { min: 1, max: 1, nb: 'ett tall i parentes', en: 'one number in parentheses' };
    case 'string':
      return { min: 1, max: 1, nb: 'én verdi i parentes', en: 'one value in parentheses' };
  }
}

function topLevelIndex(
  tokens: readonly Token[],
  from: number,
  end: number,
  match: (t: Token) => boolean,
  last: boolean,
): number {
  let depth = 0;
  let found = -1;
  for (let i = from; i < end; i++) {
    const t = tokens[i]!;
    if (isOp(t, '(')) depth++;
    else if (isOp(t, ')')) depth = Math.max(0, depth - 1);
    else if (depth === 0 && match(t)) {
      found = i;
      if (!last) return i;
    }
  }
  return found;
}

function matchingParen(tokens: readonly Token[], open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i++) {
    if (isOp(tokens[i], '(')) depth++;
    else if (isOp(tokens[i], ')') && --depth === 0) return i;
  }
  return end;
}
