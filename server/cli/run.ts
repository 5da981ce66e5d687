import { existsSync } from 'node:fs';
import path from 'node:path';
import { datastoreLayout } from '../../shared/datastore/layout';
import { LineIndex } from '../../shared/lang/spans';
import { defaultDatastoreDir } from '../config/paths';
import { formatOutput } from '../engine/format-output';
import { runScriptOnDatastore } from '../engine/run-script';
import type { CliCommand } from './command';
import { CliError } from './errors';
import { diagnosticsJson, formatDiagnostic, loadCatalog, parseLang, readScript } from './script-input';

/** `registerlab run FILE`: runs a script as the server would and prints its (protected) outputs. */
export const runCommand: CliCommand = {
  summary: 'run a script on a datastore and print its protected outputs',
  help: `Usage: registerlab run FILE [--datastore DIR] [--json] [--lang en|nb] [--time-limit SECONDS]

Checks and runs a microdata.no script with the server's engine (native DuckDB, the same disclosure gate)
and prints every output: tables, charts, texts, refusals, and the error that stopped the script.
--datastore DIR       the datastore (default: var/datastore, created with the synthetic generator when missing)
--json                print {"outputs":[{"line","command","kind",...}]} (a script that does not check:
                      {"diagnostics":[...]})
--lang nb             messages in Norwegian (default English)
--time-limit SECONDS  stop the run after this long (default 600)
Exit status: 0 when the script ran to its end, 1 when it does not check or a command failed, 2 for usage errors.`,
  options: { datastore: 'string', json: 'boolean', lang: 'string', 'time-limit': 'string' },
  async run({ flags, positional }) {
    if (positional.length !== 1) throw new CliError('give exactly one script file');
    const file = positional[0]!;
    const lang = parseLang(flags.lang);
    const seconds = flags['time-limit'] === undefined ? 600 : Number(flags['time-limit']);
    if (!Number.isFinite(seconds) || seconds <= 0)
      throw new CliError('--time-limit must be a positive number');
    const text = readScript(file);
    // loadCatalog validates the datastore (and creates the default one when it is missing).
    await loadCatalog(flags.datastore as string | undefined);
    const dir = (flags.datastore as string | undefined) ?? defaultDatastoreDir;
    if (!existsSync(path.join(dir, datastoreLayout.manifest))) throw new CliError(`no datastore at ${dir}`);
    const run = await runScriptOnDatastore(text, dir, { timeLimitMs: seconds * 1000, language: lang });
    if (!run.ok) {
      if (flags.json) console.log(JSON.stringify(diagnosticsJson(text, run.diagnostics)));
      else {
        const lines = new LineIndex(text);
        for (const d of run.diagnostics) console.error(formatDiagnostic(file, lines, d, lang));
      }
      return 1;
    }
    const { outputs, status } = run.result;
    if (flags.json) console.log(JSON.stringify({ outputs }));
    else for (const output of outputs) console.log(`${formatOutput(output, lang)}\n`);
    return status === 'completed' ? 0 : 1;
  },
};
