import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A small datastore manifest with two code lists, for catalogue and API tests. */
export const fixtureDatastoreDir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'datastore',
);

/** Strings planted in the fixture's data/ and keys/ files; no API response may ever contain them. */
export const sealedMarkers = ['SEALED-ROW-MARKER-1', 'SEALED-KEY-MARKER', '900000001'];
