import { defaultDatastoreDir } from '../config/paths';
import type { CliCommand } from './command';
import { CliError } from './errors';
import { closeOnSignal, defaultDbFile, runServer } from './run-server';

/** `registerlab serve`: runs the API server over a datastore. */
export const serveCommand: CliCommand = {
  summary: 'run the Registerlab server (API, and the web app when --static is given)',
  help: `Usage: registerlab serve [--datastore DIR] [--port 8787] [--host 127.0.0.1] [--db FILE] [--static DIR] [--no-demo]

--datastore DIR  the datastore folder (datastore.json, codelists/, data/, keys/); default var/datastore
--port N         port to listen on (0 picks a free one); default 8787
--host HOST      address to listen on; default 127.0.0.1 (put a TLS proxy in front for anything else)
--db FILE        the SQLite file for accounts, jobs and the audit log; default ${defaultDbFile}
--static DIR     also serve the built web app from DIR (e.g. dist/web)
--no-demo        do not create the demo institution and accounts on first start

On first start it creates a demo institution and four demo accounts and prints their passwords once.
REGISTERLAB_DEMO_PASSWORD, when set, is used as the password of every demo account instead.`,
  options: {
    datastore: 'string',
    port: 'integer',
    host: 'string',
    db: 'string',
    static: 'string',
    'no-demo': 'boolean',
  },
  async run({ flags, positional }) {
    if (positional.length) throw new CliError(`unexpected argument '${positional[0]}'`);
    const port = (flags.port as number | undefined) ?? 8787;
    if (port < 0 || port > 65535) throw new CliError('--port must be between 0 and 65535');
    const server = await runServer({
      datastoreDirs: [(flags.datastore as string | undefined) ?? defaultDatastoreDir],
      port,
      host: (flags.host as string | undefined) ?? '127.0.0.1',
      dbFile: flags.db as string | undefined,
      staticDir: flags.static as string | undefined,
      demo: !flags['no-demo'],
    });
    console.error(`Registerlab listening on ${server.url}`);
    return closeOnSignal(server);
  },
};
