import path from 'node:path';
import { benchLine } from '../../test/bench/case';
import { benchCases } from '../../test/bench/cases';
import { varDir } from '../config/paths';
import { BENCHMARK_YEARS, ensureDatastore } from '../synth/index';
import type { CliCommand } from './command';
import { CliError } from './errors';

/** `registerlab bench`: runs the benchmark cases and prints one BENCH line per case. */
export const benchCommand: CliCommand = {
  summary: 'run the benchmarks (BENCH name=... ratio=... lines)',
  help: `Usage: registerlab bench [--persons N] [--only NAME]

Runs every benchmark case and prints one line per case:
  BENCH name=<case> seconds=<ours> baseline_seconds=<baseline> ratio=<ours/baseline>
--persons N   size of the synthetic datastore the data cases run on (default 5500000);
              it is generated once under var/bench/ (years ${BENCHMARK_YEARS.from}–${BENCHMARK_YEARS.to}) and reused.
--only NAME   run only the cases whose name contains NAME.`,
  options: { persons: 'integer', only: 'string' },
  async run({ flags }) {
    const persons = (flags.persons as number | undefined) ?? 5_500_000;
    if (persons < 1000) throw new CliError('--persons must be at least 1000');
    const only = flags.only as string | undefined;
    const cases = benchCases.filter((c) => !only || c.name.includes(only));
    if (cases.length === 0) throw new CliError(`no benchmark case matches '${only}'`);
    const datastoreDir = path.join(varDir, 'bench', `datastore-${persons}`);
    if (cases.some((c) => c.needsDatastore)) {
      await ensureDatastore({
        dir: datastoreDir,
        persons,
        seed: 1,
        ...BENCHMARK_YEARS,
        log: (m) => console.error(m),
      });
    }
    for (const benchCase of cases) {
      const timing = await benchCase.run({ persons, datastoreDir });
      console.log(benchLine(benchCase.name, timing));
    }
    return 0;
  },
};
