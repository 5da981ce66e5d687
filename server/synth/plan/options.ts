/** What `registerlab synth` and `ensureDatastore` are asked to generate. */
export interface SynthParams {
  /** Persons alive and resident at the reference date (1 January after `to`), approximately. */
  persons: number;
  seed: number;
  /** First and last calendar year of annual and monthly series. */
  from: number;
  to: number;
}

/** The default year range: the examples' STATUS and ACCUMULATED dates fall in 2011–2025. */
export const DEFAULT_FROM = 2010;
/** Last year of the default range. */
export const DEFAULT_TO = 2024;

/**
 * Years of the national-size benchmark datastore: the default range at 5.5 million persons is far beyond
 * the 15-minute budget on a 2-core machine (see FORMAT.md), a two-year range fits.
 */
export const BENCHMARK_YEARS = { from: 2022, to: 2023 } as const;

/** A reason the parameters are unusable, said in one sentence. */
export class SynthParamsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SynthParamsError';
  }
}

/** Checks the parameters; throws `SynthParamsError` with a clear message when one is out of bounds. */
export function checkParams(params: SynthParams): SynthParams {
  const { persons, seed, from, to } = params;
  if (!Number.isSafeInteger(persons) || persons < 1)
    throw new SynthParamsError('--persons must be a whole number of at least 1');
  if (persons > 20_000_000) throw new SynthParamsError('--persons must be at most 20000000');
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 2 ** 31 - 1) {
    throw new SynthParamsError('--seed must be a whole number from 0 to 2147483647');
  }
  for (const [flag, year] of [
    ['--from', from],
    ['--to', to],
  ] as const) {
    if (!Number.isSafeInteger(year) || year < 1970 || year > 2030)
      throw new SynthParamsError(`${flag} must be a year from 1970 to 2030`);
  }
  if (from > to) throw new SynthParamsError(`--from ${from} is after --to ${to}`);
  return params;
}
