import { ensureDatastore } from '../server/synth/ensure-datastore';
import { TEST_DATASTORE, testDatastoreDir } from './fixtures/datastore';

/** Vitest global setup: generates the shared test datastore once (about 20 s), or reuses it when up to date. */
export default async function setup(): Promise<void> {
  await ensureDatastore({ dir: testDatastoreDir(), ...TEST_DATASTORE, log: (m) => console.log(m) });
}
