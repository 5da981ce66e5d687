/** Exit code for bad usage: unknown flags, malformed values, refused output directories. */
export const EXIT_USAGE = 2;

/** An expected failure of a CLI command, printed without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
