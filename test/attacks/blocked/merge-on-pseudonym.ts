/**
 * BLOCKED ATTACK, not part of the suite (no `.test.ts`): `merge` is not implemented in the engine yet (EXPR).
 * Merging on a pseudonymised key (the mother's person id) must publish statistics of the merged values,
 * never the key. When merge lands, move this body into unit-ids.test.ts as an `it`.
 *
 * Run: npx tsx test/attacks/blocked/merge-on-pseudonym.ts
 */
import { AttackEngine } from '../support/attack-engine';

const engine = await AttackEngine.open();
try {
  const { outputs } = await engine.run(`require no.ssb.fdb:12 as db
create-dataset p
import db/BEFOLKNING_KJOENN as kjonn
import db/BEFOLKNING_MOR_FNR as mor
create-dataset m
import db/BEFOLKNING_FOEDSELS_AAR_MND as mor_faarmnd
merge mor_faarmnd into p on mor
use p
summarize mor_faarmnd
tabulate kjonn
`);
  const tables = outputs.filter((o) => o.kind === 'table').length;
  if (tables !== 2) throw new Error(`expected 2 tables, got ${tables}`);
  console.log('merge-on-pseudonym: passed (no unit id in any output; AttackEngine.run checks)');
} finally {
  await engine.close();
}
