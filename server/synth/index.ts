/** Public interface of the synthetic datastore generator. */
export { type EnsureDatastoreOptions, ensureDatastore, STAMP_FILE } from './ensure-datastore';
export { BENCHMARK_YEARS, DEFAULT_FROM, DEFAULT_TO } from './plan/options';
export { type SynthesizeOptions, synthesize } from './synthesize';
export { verifyDatastore } from './verify-datastore';
