/** A short text in Norwegian (bokmål) and English, for help pages and completion. */
export interface Help {
  nb: string;
  en: string;
}

/** What a name written in a command refers to (drives completion and checking). */
export type NameRole =
  | 'dataset'
  | 'new-dataset'
  | 'variable'
  | 'new-variable'
  | 'label-set'
  | 'prefix'
  | 'alias'
  | 'topic'
  | 'word';

/** One element of a command's syntax, read in order by the parser. */
export type SyntaxElement =
  | { kind: 'name'; key: string; role: NameRole; optional?: boolean; label: string }
  | {
      kind: 'names';
      key: string;
      role: NameRole;
      min: number;
      max?: number;
      stop?: readonly string[];
      label: string;
    }
  | { kind: 'keyword'; word: string; optional: boolean; then: SyntaxElement }
  | { kind: 'register-var'; key: string; label: string }
  | { kind: 'register-vars'; key: string; min: number; label: string }
  | { kind: 'date'; key: string; optional?: boolean; label: string }
  | { kind: 'dates'; key: string; min: number; label: string }
  | { kind: 'number'; key: string; label: string }
  /** `name = expression`: gives `target` and `expression`. */
  | { kind: 'assignment'; label: string }
  | { kind: 'datastore'; key: string; label: string }
  | { kind: 'labels'; key: string; label: string }
  | { kind: 'recode-rules'; key: string; label: string }
  | { kind: 'stat-groups'; key: string; label: string }
  | { kind: 'statistic'; key: string; optional: boolean; label: string }
  | { kind: 'clone-pairs'; key: string; label: string }
  | { kind: 'terms'; key: string; min: number; stop?: readonly string[]; label: string }
  /** A model variable list holding one `(endogenous = instruments)` group: gives `key` and `iv`. */
  | { kind: 'iv-terms'; key: string; label: string }
  /** A whole model command (coefplot). */
  | { kind: 'command'; key: string; label: string }
  | { kind: 'words'; key: string; label: string };

/** The kind of argument an option takes. */
export type OptionArgKind =
  | 'none'
  | 'variable'
  | 'variables'
  | 'new-variable'
  | 'number'
  | 'integer'
  | 'string'
  /** Free text kept as written, parentheses optional (`rowsort()`, `mfx_at(...)`). */
  | 'text';

/** One option a command accepts after its comma. */
export interface OptionSpec<N extends string = string, A extends OptionArgKind = OptionArgKind> {
  name: N;
  arg: A;
  help: Help;
  /** Options sharing this tag exclude each other (e.g. fe, re, be). */
  exclusive?: string;
}

/** Command groups, as the manual sorts them. */
export type CommandGroup =
  | 'datastore'
  | 'datasets'
  | 'import'
  | 'variables'
  | 'labels'
  | 'descriptive'
  | 'graphs'
  | 'models'
  | 'survival'
  | 'session';

/** A command's syntax and options as data: what the parser, help pages and completion read. */
export interface CommandSpec {
  name: string;
  group: CommandGroup;
  /** One-line syntax as the manual writes it. */
  usage: string;
  help: Help;
  syntax: readonly SyntaxElement[];
  /** True when the command takes `if <expression>`. */
  condition: boolean;
  options: readonly OptionSpec[];
  /** Handled before parsing (let, for, end, textblock): listed for help and completion only. */
  phase?: 'macro';
}

/** A name element. */
export function name(key: string, role: NameRole, label: string, optional = false): SyntaxElement {
  return { kind: 'name', key, role, label, optional };
}

/** A list of names. */
export function names(
  key: string,
  role: NameRole,
  label: string,
  min = 1,
  max?: number,
  stop?: readonly string[],
): SyntaxElement {
  return { kind: 'names', key, role, label, min, max, stop };
}

/** An optional keyword followed by an element (`[as name]`). */
export function optionalKeyword(word: string, then: SyntaxElement): SyntaxElement {
  return { kind: 'keyword', word, optional: true, then };
}

/** A required keyword followed by an element (`to date`, `into dataset`). */
export function keyword(word: string, then: SyntaxElement): SyntaxElement {
  return { kind: 'keyword', word, optional: false, then };
}

/** An option without argument. */
export function flag<N extends string>(optionName: N, nb: string, en: string): OptionSpec<N, 'none'> {
  return { name: optionName, arg: 'none', help: { nb, en } };
}

/** Marks options as alternatives: at most one of them may be given. */
export function exclusive<const O extends readonly OptionSpec[]>(tag: string, ...options: O): O {
  return options.map((o) => ({ ...o, exclusive: tag })) as unknown as O;
}

/** An option with an argument in parentheses. */
export function option<N extends string, A extends OptionArgKind>(
  optionName: N,
  arg: A,
  nb: string,
  en: string,
): OptionSpec<N, A> {
  return { name: optionName, arg, help: { nb, en } };
}
