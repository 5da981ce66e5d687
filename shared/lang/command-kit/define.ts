import { z } from 'zod';
import type { ExprNode, NameArg } from '../ast';
import { type CheckContext, checkNewVariable, resolveVariable } from '../check-context';
import type { DatasetState } from '../workspace';
import type { CommandSpec, OptionArgKind, OptionSpec } from './syntax';

/** Fields every plan step has: its command, where it was written, and its 1-based line. */
export const stepBase = {
  span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  line: z.number().int().positive(),
};

type ZodFor<A extends OptionArgKind> = A extends 'none'
  ? z.ZodBoolean
  : A extends 'variables'
    ? z.ZodArray<z.ZodString>
    : A extends 'number' | 'integer'
      ? z.ZodNumber
      : z.ZodString;

/** The zod shape of a command's options: each option optional, typed by its argument kind. */
export type OptionsShape<O extends readonly OptionSpec[]> = {
  [P in O[number] as P['name']]: z.ZodOptional<ZodFor<P['arg']>>;
};

/** Parsed option values: `true` for flags, names, numbers or text for the rest. */
export type OptionValues<O extends readonly OptionSpec[]> = z.infer<z.ZodObject<OptionsShape<O>>>;

function zodFor(kind: OptionArgKind): z.ZodType {
  switch (kind) {
    case 'none':
      return z.boolean();
    case 'variables':
      return z.array(z.string());
    case 'number':
      return z.number();
    case 'integer':
      return z.number().int();
    default:
      return z.string();
  }
}

/** The strict zod schema of a command's options, built from the same data the parser reads. */
export function optionsSchema<const O extends readonly OptionSpec[]>(
  options: O,
): z.ZodObject<OptionsShape<O>> {
  const shape: Record<string, z.ZodType> = {};
  for (const o of options) shape[o.name] = zodFor(o.arg).optional();
  return z.object(shape).strict() as unknown as z.ZodObject<OptionsShape<O>>;
}

/** A command: its syntax and options as data, the schema of its plan step, and its check. */
export interface CommandDefinition<N extends string = string, S extends z.ZodRawShape = z.ZodRawShape>
  extends CommandSpec {
  name: N;
  /** Zod schema of this command's plan step. */
  stepSchema: z.ZodObject<{ kind: z.ZodLiteral<N> } & typeof stepBase & S>;
  /** Checks the command against the workspace, updates it, and returns the step's own fields (null on error). */
  check(ctx: CheckContext): z.infer<z.ZodObject<S>> | null;
}

/** Declares a command; its step schema is its payload plus `kind`, `span` and `line`. */
export function defineCommand<N extends string, S extends z.ZodRawShape>(
  def: Omit<CommandSpec, 'name'> & {
    name: N;
    payload: S;
    check: (ctx: CheckContext) => z.infer<z.ZodObject<S>> | null;
  },
): CommandDefinition<N, S> {
  const { payload, ...rest } = def;
  const stepSchema = z.object({
    kind: z.literal(def.name),
    ...stepBase,
    ...payload,
  }) as unknown as z.ZodObject<{ kind: z.ZodLiteral<N> } & typeof stepBase & S>;
  return { ...rest, stepSchema };
}

/** The option node written for `name`, if any (the last one wins). */
export function findOption(ctx: CheckContext, optionName: string) {
  const all = ctx.cmd.options.filter((o) => o.name === optionName);
  return all[all.length - 1];
}

function argName(e: ExprNode): NameArg | null {
  return e.kind === 'ref' ? { kind: 'name', name: e.name, span: e.span } : null;
}

function argNumber(e: ExprNode): number | null {
  if (e.kind === 'number') return e.value;
  if (e.kind === 'unary' && e.op === '-' && e.operand.kind === 'number') return -e.operand.value;
  return null;
}

/**
 * Reads the options of the command being checked into typed values. Variables are resolved in `ds`
 * (as values: pseudonymised ids are refused); names for new variables must be free.
 */
export function resolveOptions<const O extends readonly OptionSpec[]>(
  ctx: CheckContext,
  ds: DatasetState | null,
  options: O,
  skip: readonly string[] = [],
): { values: OptionValues<O>; newNames: Map<string, NameArg> } {
  const values: Record<string, unknown> = {};
  const newNames = new Map<string, NameArg>();
  const taken = new Set<string>();
  for (const node of ctx.cmd.options) {
    const spec = options.find((o) => o.name === node.name);
    if (!spec || skip.includes(spec.name)) continue;
    const args = node.args ?? [];
    const expectName = (e: ExprNode | undefined): NameArg | null => {
      const n = e ? argName(e) : null;
      if (!n) {
        ctx.sink.report('expected', e?.span ?? node.span, {
          what_nb: 'et variabelnavn',
          what_en: 'a variable name',
          found: 'something else',
        });
      }
      return n;
    };
    switch (spec.arg) {
      case 'none':
        values[spec.name] = true;
        break;
      case 'text':
        values[spec.name] = node.rawArgs ?? '';
        break;
      case 'variable': {
        const n = expectName(args[0]);
        if (n && ds && resolveVariable(ctx, ds, n, 'value')) values[spec.name] = n.name;
        break;
      }
      case 'variables': {
        const list: string[] = [];
        for (const a of args) {
          const n = expectName(a);
          if (n && ds && resolveVariable(ctx, ds, n, 'value')) list.push(n.name);
        }
        values[spec.name] = list;
        break;
      }
      case 'new-variable': {
        const n = expectName(args[0]);
        if (n && ds && checkNewVariable(ctx, ds, n, taken)) {
          taken.add(n.name);
          newNames.set(spec.name, n);
          values[spec.name] = n.name;
        }
        break;
      }
      case 'number':
      case 'integer': {
        const v = args[0] ? argNumber(args[0]) : null;
        if (v === null || (spec.arg === 'integer' && !Number.isInteger(v))) {
          ctx.sink.report('option-arguments', node.span, {
            option: node.name,
            expected_nb: spec.arg === 'integer' ? 'et heltall i parentes' : 'et tall i parentes',
            expected_en: spec.arg === 'integer' ? 'a whole number in parentheses' : 'a number in parentheses',
          });
        } else values[spec.name] = v;
        break;
      }
      case 'string': {
        const a = args[0];
        if (a?.kind === 'string') values[spec.name] = a.value;
        else if (a?.kind === 'ref') values[spec.name] = a.name;
        else if (a?.kind === 'number') values[spec.name] = String(a.value);
        break;
      }
    }
  }
  return { values: values as OptionValues<O>, newNames };
}
