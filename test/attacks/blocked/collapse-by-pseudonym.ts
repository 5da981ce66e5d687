/**
 * BLOCKED ATTACK, not part of the suite (no `.test.ts`): `collapse ..., by()` fails inside the engine
 * (EXPR; on 2026-11-25 11:00 a DuckDB "Parser Error: syntax error at or near )" in the rewrite that joins
 * the keys to the collapsed units, for any by() variable). Collapsing by a pseudonymised key makes the key's values the units of a new dataset; its outputs
 * must publish counts and statistics of those units, never the keys. When collapse lands, move this body
 * into unit-ids.test.ts as an `it`.
 *
 * Run: npx tsx test/attacks/blocked/collapse-by-pseudonym.ts
 */
import { AttackEngine } from '../support/attack-engine';

const engine = await AttackEngine.open();
try {
  const { outputs } = await engine.run(`require no.ssb.fdb:12 as db
create-dataset barn
import db/BEFOLKNING_FAR_FNR as far
import db/BEFOLKNING_KJOENN as kjonn
generate gutt = kjonn == '1'
collapse (sum) gutt -> gutter (count) gutt -> barn, by(far)
tabulate barn
summarize gutter barn
`);
  const tables = outputs.filter((o) => o.kind === 'table').length;
  if (tables !== 2) throw new Error(`expected 2 tables, got ${tables}`);
  console.log('collapse-by-pseudonym: passed (no unit id in any output; AttackEngine.run checks)');
} finally {
  await engine.close();
}
