import { pickSql } from '../sql/random';
import { type BuildContext, plusYears } from './context';

/** Big towns young people move to for study and work. */
const TOWNS = ['0301', '4601', '5001', '1103', '4204', '5501', '3201', '1804'];

/**
 * Builds `res_spell(i, start, stop, kom)`: each person's municipalities of residence, from entry to exit,
 * as non-overlapping spells (stop = the day before the next move; null while ongoing). People move out of
 * their parents' home, settle with a partner (both partners in the same municipality), may move after a
 * split or in midlife; children live where their mother lives and follow her moves until they move out.
 */
export async function buildResidence(ctx: BuildContext): Promise<void> {
  const r = ctx.rng;
  const { codes, weights } = ctx.lists.KOMMUNE.draw;
  const anywhere = (purpose: string, key: string) => pickSql(codes, weights, r.u(purpose, key));
  const towns = TOWNS.filter((t) => codes.includes(t));
  const town = (purpose: string, key: string) =>
    towns.length
      ? `CASE WHEN ${r.u(`${purpose}.town?`, key)} < 0.5 THEN ${pickSql(towns, null, r.u(`${purpose}.town`, key))} ELSE ${anywhere(purpose, key)} END`
      : anywhere(purpose, key);
  const entryKom = codes.includes('0301')
    ? `CASE WHEN p.immig IS NOT NULL AND ${r.u('kom.imm.oslo', 'p.i')} < 0.25 THEN '0301' ELSE ${anywhere('kom.entry', 'p.i')} END`
    : anywhere('kom.entry', 'p.i');
  // When each person first moves in with a partner.
  await ctx.db.run(`
    CREATE OR REPLACE TABLE first_union AS
    SELECT i, min(ustart) AS ustart FROM (SELECT w_i AS i, ustart FROM couple UNION ALL SELECT m_i, ustart FROM couple) GROUP BY i`);
  // Pass 1: everyone's own moves; priority breaks ties on one day (later life events win).
  await ctx.db.run(`
    CREATE OR REPLACE TABLE res_event AS
    WITH ev AS (
      SELECT p.i, l.entry AS dt, 0 AS prio, ${entryKom} AS kom FROM person p JOIN life l USING (i)
      UNION ALL
      SELECT l.i, l.moveout, 1, ${town('kom.moveout', 'l.i')} FROM life l LEFT JOIN first_union fu USING (i)
        WHERE ${r.u('kom.moves', 'l.i')} < 0.55 AND (fu.ustart IS NULL OR fu.ustart > l.moveout)
      UNION ALL
      SELECT unnest([w_i, m_i]), ustart, 2, ${anywhere('kom.couple', 'ci')} FROM couple
      UNION ALL
      SELECT CASE WHEN ${r.u('kom.split.who', 'ci')} < 0.5 THEN w_i ELSE m_i END, diss + 30, 3, ${anywhere('kom.split', 'ci')}
        FROM couple WHERE diss IS NOT NULL
      UNION ALL
      SELECT unnest([w_i, m_i]), mid, 4, kom FROM (
        SELECT w_i, m_i, uend, ${plusYears('ustart', `4 + 20 * ${r.u('kom.cmid.when', 'ci')}`)} AS mid, ${anywhere('kom.cmid', 'ci')} AS kom
        FROM couple WHERE ${r.u('kom.cmid?', 'ci')} < 0.3)
      WHERE mid < coalesce(uend, DATE '9999-12-31')
      UNION ALL
      SELECT p.i, ${plusYears('p.birth', `35 + 25 * ${r.u('kom.mid.age', 'p.i')}`)}, 4, ${anywhere('kom.mid', 'p.i')}
        FROM person p LEFT JOIN first_union fu USING (i) WHERE ${r.u('kom.mid?', 'p.i')} < 0.2 AND fu.i IS NULL
    )
    SELECT ev.i, greatest(ev.dt, l.entry) AS dt, ev.prio, ev.kom
    FROM ev JOIN life l USING (i)
    WHERE ev.dt < coalesce(l.exit, DATE '9999-12-31')`);
  // Pass 2: children take their mother's municipality at birth and follow her moves until they move out.
  await ctx.db.run(`
    CREATE OR REPLACE TABLE res_event2 AS
    WITH kid AS (
      SELECT k.i, k.mother_i, p.birth, least(l.moveout, fu.ustart) AS moveout
      FROM kin k JOIN person p USING (i) JOIN life l USING (i) LEFT JOIN first_union fu USING (i)
      WHERE k.mother_i IS NOT NULL
    ),
    born AS (
      SELECT kid.i, kid.birth AS dt, 0 AS prio, e.kom
      FROM kid ASOF JOIN res_event e ON e.i = kid.mother_i AND e.dt <= kid.birth
    ),
    follow AS (
      SELECT kid.i, e.dt, e.prio, e.kom FROM kid JOIN res_event e ON e.i = kid.mother_i
      WHERE e.dt > kid.birth AND e.dt < kid.moveout
    ),
    own AS (
      SELECT e.* FROM res_event e LEFT JOIN kid USING (i)
      LEFT JOIN (SELECT i AS born_i FROM born) b ON b.born_i = e.i
      WHERE kid.i IS NULL OR e.dt >= kid.moveout OR (e.prio = 0 AND b.born_i IS NULL)
    )
    SELECT f.* FROM (SELECT * FROM born UNION ALL SELECT * FROM follow UNION ALL SELECT * FROM own) f
    JOIN life l USING (i) WHERE f.dt < coalesce(l.exit, DATE '9999-12-31') AND f.dt >= l.entry`);
  await ctx.db.run(`
    CREATE OR REPLACE TABLE res_spell AS
    WITH one_a_day AS (SELECT i, dt, max({'p': prio, 'k': kom}).k AS kom FROM res_event2 GROUP BY i, dt),
    changes AS (SELECT *, lag(kom) OVER (PARTITION BY i ORDER BY dt) AS prev FROM one_a_day),
    kept AS (SELECT i, dt, kom FROM changes WHERE prev IS NULL OR prev <> kom)
    SELECT kept.i, kept.dt AS start,
      coalesce(lead(kept.dt) OVER (PARTITION BY kept.i ORDER BY kept.dt) - 1, l.exit - 1) AS stop, kept.kom
    FROM kept JOIN life l USING (i)
    ORDER BY kept.i, start`);
  await ctx.db.run('DROP TABLE res_event; DROP TABLE res_event2; DROP TABLE first_union');
  const spells = await ctx.db.number('SELECT count(*) FROM res_spell');
  ctx.log(`residence: ${spells} municipality spells`);
}
