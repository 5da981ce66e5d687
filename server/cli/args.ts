import { CliError } from './errors';

/** How one flag of a command is read: a boolean switch, a string, or an integer. */
export type OptionKind = 'boolean' | 'string' | 'integer';

/** The flags a command accepts, by long name without the leading dashes. */
export type OptionSpec = Record<string, OptionKind>;

/** Parsed arguments: flag values by name, plus positional arguments in order. */
export interface ParsedArgs {
  flags: Record<string, string | number | boolean>;
  positional: string[];
}

/** Parses `--name value`, `--name=value` and `--switch` flags strictly: unknown flags are errors. */
export function parseArgs(argv: string[], spec: OptionSpec): ParsedArgs {
  const flags: ParsedArgs['flags'] = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (!token.startsWith('--')) {
      positional.push(token);
      continue;
    }
    const [rawName, inlineValue] = splitFlag(token.slice(2));
    const kind = spec[rawName];
    if (!kind) throw new CliError(`unknown option --${rawName}`);
    if (kind === 'boolean') {
      if (inlineValue !== undefined) throw new CliError(`option --${rawName} takes no value`);
      flags[rawName] = true;
      continue;
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined || (inlineValue === undefined && value.startsWith('--'))) {
      throw new CliError(`option --${rawName} needs a value`);
    }
    flags[rawName] = kind === 'integer' ? parseInteger(rawName, value) : value;
  }
  return { flags, positional };
}

function splitFlag(body: string): [string, string | undefined] {
  const eq = body.indexOf('=');
  return eq < 0 ? [body, undefined] : [body.slice(0, eq), body.slice(eq + 1)];
}

function parseInteger(name: string, value: string): number {
  if (!/^-?\d+$/.test(value.replaceAll('_', ''))) {
    throw new CliError(`option --${name} must be a whole number, got '${value}'`);
  }
  const parsed = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(parsed)) throw new CliError(`option --${name} is out of range: '${value}'`);
  return parsed;
}
