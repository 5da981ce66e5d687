import type { Help } from '../command-kit/syntax';

/** The type an argument must have: `same` means the type of the first argument. */
export type ParamType = 'number' | 'string' | 'any' | 'same';

/** Function groups, as the manual sorts them. */
export type FunctionGroup =
  | 'maths'
  | 'distributions'
  | 'strings'
  | 'dates'
  | 'rows'
  | 'tests'
  | 'labels'
  | 'bindings';

/** A function's signature and help as data; the checker, help pages and completion read it. */
export interface FunctionSpec {
  name: string;
  group: FunctionGroup;
  /** Fixed parameters in order. */
  params: readonly ParamType[];
  /** How many trailing fixed parameters may be left out. */
  optional: number;
  /** Type of any further arguments, when the function takes a variable number. */
  variadic?: ParamType;
  /** What it returns: `first` is the type of its first argument. */
  returns: 'number' | 'string' | 'first';
  usage: string;
  help: Help;
  /** Evaluated before the script runs (let, `++`, import dates); not allowed on variables. */
  bindingOnly?: boolean;
}

/** Shorthand for a function spec. */
export function fn(
  name: string,
  group: FunctionGroup,
  usage: string,
  params: readonly ParamType[],
  returns: FunctionSpec['returns'],
  nb: string,
  en: string,
  extra: Partial<Pick<FunctionSpec, 'optional' | 'variadic' | 'bindingOnly'>> = {},
): FunctionSpec {
  return { name, group, usage, params, returns, help: { nb, en }, optional: extra.optional ?? 0, ...extra };
}
