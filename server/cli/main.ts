import { parseArgs } from './args';
import { commands } from './commands';
import { CliError, EXIT_USAGE } from './errors';

const usage = `Usage: registerlab <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Run \`registerlab <command> --help\` for the options of one command.`;

/** Runs the CLI with the given arguments and resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage);
    return name ? 0 : EXIT_USAGE;
  }
  const command = commands[name];
  if (!command) {
    console.error(`registerlab: unknown command '${name}'\n\n${usage}`);
    return EXIT_USAGE;
  }
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      console.log(command.help);
      return 0;
    }
    const args = parseArgs(rest, command.options);
    return await command.run(args);
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`registerlab ${name}: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}
