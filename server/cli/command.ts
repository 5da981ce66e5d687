import type { OptionSpec, ParsedArgs } from './args';

/** One `registerlab` sub-command: its flags, its help text and what it does. */
export interface CliCommand {
  summary: string;
  help: string;
  options: OptionSpec;
  /** Resolves to the process exit code. */
  run(args: ParsedArgs): Promise<number>;
}
