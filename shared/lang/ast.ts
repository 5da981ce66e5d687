import type { Span } from './spans';
import type { Token } from './tokens';

// ---- Statements: the script as written, before bindings and loops are expanded ----

/** `let name = value` */
export interface LetStatement {
  kind: 'let';
  name: string;
  nameSpan: Span;
  value: Token[];
  span: Span;
}

/** One `a, b in list1, list2` part of a for header; parts after `;` nest inside the earlier ones. */
export interface ForGroup {
  names: { name: string; span: Span }[];
  lists: Token[][];
  span: Span;
}

/** `for ... in ...` with its body up to the matching `end`. */
export interface ForStatement {
  kind: 'for';
  groups: ForGroup[];
  body: Statement[];
  span: Span;
  headerSpan: Span;
}

/** `textblock ... endblock` */
export interface TextStatement {
  kind: 'textblock';
  text: string;
  span: Span;
}

/** Any other line: a command, still as tokens (bindings may change what it says). */
export interface CommandLine {
  kind: 'line';
  tokens: Token[];
  span: Span;
}

/** One statement of a script. */
export type Statement = LetStatement | ForStatement | TextStatement | CommandLine;

/** A parsed script: its statements in order. */
export interface Script {
  statements: Statement[];
}

/** A command line after bindings and loops are expanded: tokens keep spans into the original text. */
export interface ExpandedLine {
  kind: 'line' | 'textblock';
  tokens: Token[];
  text?: string;
  span: Span;
}

// ---- Expressions ----

/** Binary operators of the expression language. */
export type BinaryOp = '++' | '+' | '-' | '*' | '/' | '^' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '&' | '|';

/** An expression as parsed (untyped). */
export type ExprNode =
  | { kind: 'number'; value: number; span: Span }
  | { kind: 'string'; value: string; span: Span }
  | { kind: 'date'; iso: string; span: Span }
  | { kind: 'missing'; span: Span }
  | { kind: 'ref'; name: string; span: Span }
  | { kind: 'unary'; op: '-' | '!'; operand: ExprNode; span: Span }
  | { kind: 'binary'; op: BinaryOp; left: ExprNode; right: ExprNode; span: Span; opSpan: Span }
  | { kind: 'call'; name: string; nameSpan: Span; args: ExprNode[]; span: Span }
  | { kind: 'error'; span: Span };

// ---- Commands ----

/** A name written in a command (dataset, variable, label set, new name). */
export interface NameArg {
  kind: 'name';
  name: string;
  span: Span;
}

/** `alias/VARIABLE` */
export interface RegisterVarArg {
  kind: 'register-var';
  alias: string;
  name: string;
  aliasSpan: Span;
  nameSpan: Span;
  span: Span;
}

/** A date argument (`2019-01-01`, or a binding holding one). */
export interface DateArg {
  kind: 'date';
  iso: string;
  span: Span;
}

/** One value of a recode rule's left side. */
export type RecodeMatchNode =
  | { kind: 'value'; value: number | string; span: Span }
  | { kind: 'range'; low: number | 'min'; high: number | 'max'; span: Span }
  | { kind: 'else'; span: Span }
  | { kind: 'missing'; span: Span }
  | { kind: 'nonmissing'; span: Span };

/** `(1/5 7 = 1 'label')` */
export interface RecodeRuleNode {
  matches: RecodeMatchNode[];
  to: { value: number | string | null; span: Span };
  label: { text: string; span: Span } | null;
  span: Span;
}

/** One variable of a model's variable list, with factor syntax. */
export interface FactorNode {
  name: string;
  prefix: 'i' | 'c' | null;
  span: Span;
}

/** A model term: one variable, or an interaction `a#b` / full factorial `a##b`. */
export interface TermNode {
  factors: FactorNode[];
  interaction: '#' | '##' | null;
  span: Span;
}

/** `(statistic) var [-> new] ...` groups of collapse and aggregate. */
export interface StatGroupNode {
  stat: string;
  statSpan: Span;
  items: { source: NameArg; target: NameArg | null }[];
}

/** A parsed argument of a command, by the kind of its syntax element. */
export type ArgNode =
  | NameArg
  | { kind: 'names'; items: NameArg[]; span: Span }
  | RegisterVarArg
  | { kind: 'register-vars'; items: RegisterVarArg[]; span: Span }
  | DateArg
  | { kind: 'dates'; items: DateArg[]; span: Span }
  | { kind: 'number'; value: number; text: string; span: Span }
  | { kind: 'expression'; expr: ExprNode; span: Span }
  | { kind: 'datastore'; name: string; version: string | null; span: Span }
  | {
      kind: 'labels';
      pairs: { value: number | string; valueSpan: Span; label: string; labelSpan: Span }[];
      span: Span;
    }
  | { kind: 'recode-rules'; rules: RecodeRuleNode[]; span: Span }
  | { kind: 'stat-groups'; groups: StatGroupNode[]; span: Span }
  | { kind: 'statistic'; stat: string; span: Span }
  | { kind: 'clone-pairs'; items: { source: NameArg; target: NameArg | null }[]; span: Span }
  | { kind: 'terms'; terms: TermNode[]; span: Span }
  | { kind: 'iv'; endogenous: TermNode[]; instruments: TermNode[]; span: Span }
  | { kind: 'command'; command: CommandNode; span: Span }
  | { kind: 'words'; words: { text: string; span: Span }[]; span: Span }
  | { kind: 'text'; text: string; span: Span };

/** `name` or `name(arguments)` after the options comma. */
export interface OptionNode {
  name: string;
  nameSpan: Span;
  /** null when written without parentheses. */
  args: ExprNode[] | null;
  /** Source text inside the parentheses, for options that take free text. */
  rawArgs: string | null;
  span: Span;
}

/** A parsed command line. */
export interface CommandNode {
  name: string;
  nameSpan: Span;
  span: Span;
  args: Record<string, ArgNode>;
  condition: ExprNode | null;
  options: OptionNode[];
}
