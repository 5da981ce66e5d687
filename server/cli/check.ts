import { compile } from '../../shared/lang/compile';
import { hasErrors } from '../../shared/lang/diagnostics';
import { LineIndex } from '../../shared/lang/spans';
import type { CliCommand } from './command';
import { CliError } from './errors';
import { diagnosticsJson, formatDiagnostic, loadCatalog, parseLang, readScript } from './script-input';

/** `registerlab check FILE`: checks a script against a datastore's catalogue; exit 1 when it has errors. */
export const checkCommand: CliCommand = {
  summary: 'check a script: diagnostics without running it',
  help: `Usage: registerlab check FILE [--datastore DIR] [--json] [--lang en|nb]

Checks a microdata.no script against the catalogue of a datastore and prints its diagnostics:
  FILE:LINE:COLUMN: severity code: message
--datastore DIR  the datastore (default: var/datastore, created with the synthetic generator when missing)
--json           print {"diagnostics":[{"code","severity","message","line","column","length"}]}
--lang nb        messages in Norwegian (default English; --json is always English)
Exit status: 0 without errors, 1 with errors, 2 for usage errors.`,
  options: { datastore: 'string', json: 'boolean', lang: 'string' },
  async run({ flags, positional }) {
    if (positional.length !== 1) throw new CliError('give exactly one script file');
    const file = positional[0]!;
    const lang = parseLang(flags.lang);
    const text = readScript(file);
    const catalog = await loadCatalog(flags.datastore as string | undefined);
    const { diagnostics } = compile(text, [catalog], { plan: false });
    if (flags.json) console.log(JSON.stringify(diagnosticsJson(text, diagnostics)));
    else {
      const lines = new LineIndex(text);
      for (const d of diagnostics) console.log(formatDiagnostic(file, lines, d, lang));
    }
    return hasErrors(diagnostics) ? 1 : 0;
  },
};
