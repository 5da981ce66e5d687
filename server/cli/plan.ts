import { compile } from '../../shared/lang/compile';
import { LineIndex } from '../../shared/lang/spans';
import type { CliCommand } from './command';
import { CliError } from './errors';
import { formatDiagnostic, loadCatalog, readScript } from './script-input';

/** `registerlab plan FILE`: prints the plan of a script as JSON (diagnostics on stderr when it has errors). */
export const planCommand: CliCommand = {
  summary: 'print the plan of a script as JSON',
  help: `Usage: registerlab plan FILE [--datastore DIR]

Compiles a microdata.no script and prints its plan (the typed steps an executor runs) as JSON.
When the script has errors, they go to stderr and the exit status is 1.
--datastore DIR  the datastore (default: var/datastore, created with the synthetic generator when missing)`,
  options: { datastore: 'string' },
  async run({ flags, positional }) {
    if (positional.length !== 1) throw new CliError('give exactly one script file');
    const file = positional[0]!;
    const text = readScript(file);
    const catalog = await loadCatalog(flags.datastore as string | undefined);
    const { plan, diagnostics } = compile(text, [catalog]);
    if (!plan) {
      const lines = new LineIndex(text);
      for (const d of diagnostics) console.error(formatDiagnostic(file, lines, d, 'en'));
      return 1;
    }
    console.log(JSON.stringify(plan, null, 2));
    return 0;
  },
};
