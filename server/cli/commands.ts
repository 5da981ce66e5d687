import { benchCommand } from './bench';
import { checkCommand } from './check';
import type { CliCommand } from './command';
import { planCommand } from './plan';
import { runCommand } from './run';
import { serveCommand } from './serve';
import { startCommand } from './start';
import { synthCommand } from './synth';

/** Every sub-command of `registerlab`, by name. Each issue adds its own. */
export const commands: Record<string, CliCommand> = {
  bench: benchCommand,
  check: checkCommand,
  plan: planCommand,
  run: runCommand,
  serve: serveCommand,
  start: startCommand,
  synth: synthCommand,
};
