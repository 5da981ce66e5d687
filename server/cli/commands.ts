import { benchCommand } from './bench';
import type { CliCommand } from './command';

/** Every sub-command of `registerlab`, by name. Each issue adds its own. */
export const commands: Record<string, CliCommand> = {
  bench: benchCommand,
};
