import { existsSync } from 'node:fs';
import { defaultReference } from '../synth/ensure-datastore';
import { checkParams, DEFAULT_FROM, DEFAULT_TO, SynthParamsError } from '../synth/plan/options';
import { checkOutput, SynthOutputError, synthesize } from '../synth/synthesize';
import type { CliCommand } from './command';
import { CliError } from './errors';

/** `registerlab synth`: generates a synthetic Norwegian register datastore. */
export const synthCommand: CliCommand = {
  summary: 'generate a synthetic Norwegian register datastore',
  help: `Usage: registerlab synth --out DIR --persons N [--seed S] [--from YEAR --to YEAR] [--force] [--reference DIR]

Writes a coherent synthetic population (persons, families, jobs, courses, ...) with every catalogue
variable as data/NAME.parquet, plus datastore.json, code lists and record keys.
--out DIR        directory to create (refused when it exists and is not empty, unless --force)
--persons N      persons resident at the end of the range, about (10000 for tests, 100000 for
                 practice mode; 5500000 for benchmarks: use a short range, see server/synth/FORMAT.md)
--seed S         random seed (default 1); the same seed and size give byte-identical files
--from, --to     first and last year of annual and monthly series (default ${DEFAULT_FROM}–${DEFAULT_TO})
--reference DIR  folder with codelists/ of the real code lists (default ${defaultReference};
                 small built-in lists are used when the default folder is missing)
--force          replace an existing output directory`,
  options: {
    out: 'string',
    persons: 'integer',
    seed: 'integer',
    from: 'integer',
    to: 'integer',
    force: 'boolean',
    reference: 'string',
  },
  async run({ flags, positional }) {
    if (positional.length > 0) throw new CliError(`unexpected argument '${positional[0]}'`);
    const out = flags.out as string | undefined;
    if (!out) throw new CliError('--out DIR is required');
    if (flags.persons === undefined) throw new CliError('--persons N is required');
    const explicitReference = flags.reference as string | undefined;
    if (explicitReference !== undefined && !existsSync(explicitReference)) {
      throw new CliError(`--reference ${explicitReference} does not exist`);
    }
    const params = {
      persons: flags.persons as number,
      seed: (flags.seed as number | undefined) ?? 1,
      from: (flags.from as number | undefined) ?? DEFAULT_FROM,
      to: (flags.to as number | undefined) ?? DEFAULT_TO,
    };
    try {
      checkParams(params);
      checkOutput(out, flags.force === true);
    } catch (error) {
      if (error instanceof SynthParamsError || error instanceof SynthOutputError)
        throw new CliError(error.message);
      throw error;
    }
    const reference = explicitReference ?? (existsSync(defaultReference) ? defaultReference : null);
    const seconds = await synthesize({
      out,
      ...params,
      force: flags.force === true,
      reference,
      log: (m) => console.error(m),
    });
    console.log(
      `wrote a synthetic datastore of about ${params.persons} persons to ${out} in ${seconds.toFixed(1)} s`,
    );
    return 0;
  },
};
