import type { BuildContext } from './context';

/** Adds the person pseudonym to a table keyed by person index, keeping it sorted by (i, `order`). */
async function withPid(ctx: BuildContext, table: string, order: string): Promise<void> {
  await ctx.db.run(
    `CREATE OR REPLACE TABLE ${table} AS SELECT t.*, p.pid FROM ${table} t JOIN person p USING (i) ORDER BY t.i, t.${order}`,
  );
}

/**
 * Builds `pw`: one wide row per person, sorted by pseudonym, with everything the FIXED person variables
 * need (relatives' ids, education milestones, municipality at birth and at 16, parents' education and
 * origin). Also adds `pid` to the spell tables.
 */
export async function buildPersonWide(ctx: BuildContext): Promise<void> {
  await withPid(ctx, 'res_spell', 'start');
  await withPid(ctx, 'civ_spell', 'start');
  await ctx.db.run(
    `CREATE OR REPLACE TABLE unemp AS SELECT u.*, p.pid, p.sex, p.birth FROM unemp u JOIN person p USING (i) ORDER BY u.i, u.start`,
  );
  await withPid(ctx, 'edu_spell', 'start');
  await ctx.db.run(`
    CREATE OR REPLACE TABLE pw AS
    WITH steps AS (
      SELECT i, min(year(dt)) FILTER (WHERE lvl >= 2 AND lvl < 9) AS y_gs, min(year(dt)) FILTER (WHERE lvl >= 4 AND lvl < 9) AS y_vs,
        min(year(dt)) FILTER (WHERE lvl >= 6 AND lvl < 9) AS y_bach, min(year(dt)) FILTER (WHERE lvl >= 7 AND lvl < 9) AS y_hov,
        min(year(dt)) FILTER (WHERE lvl = 8) AS y_dok
      FROM edu_step GROUP BY i
    ),
    kids AS (
      SELECT parent, count(*) AS n, min(p.birth) AS first_kid, max(p.birth) AS last_kid
      FROM (SELECT mother_i AS parent, i FROM kin UNION ALL SELECT father_i, i FROM kin) JOIN person p USING (i)
      WHERE parent IS NOT NULL GROUP BY parent
    ),
    first_kom AS (SELECT i, arg_min(kom, start) AS kom FROM res_spell GROUP BY i),
    at16 AS (
      SELECT p.i, rs.kom FROM person p ASOF JOIN res_spell rs ON rs.i = p.i AND rs.start <= make_date(year(p.birth) + 16, 6, 30)
      WHERE rs.stop IS NULL OR rs.stop >= make_date(year(p.birth) + 16, 6, 30)
    ),
    -- parents' highest education stands in for their education when the child turned 16
    top_nus AS (SELECT i, arg_max(nus, dt) AS nus FROM edu_step GROUP BY i),
    parent_nus AS (
      SELECT k.i, mo.nus AS mor_nus16, fa.nus AS far_nus16
      FROM kin k LEFT JOIN top_nus mo ON mo.i = k.mother_i LEFT JOIN top_nus fa ON fa.i = k.father_i
    )
    SELECT p.i, p.pid, p.sex, p.birth, p.immig, p.death, p.emig, p.country, l.z, l.entry, l.exit,
      mo.pid AS mother_pid, fa.pid AS father_pid, mm.pid AS mormor_pid, mf.pid AS morfar_pid,
      fm.pid AS farmor_pid, ff.pid AS farfar_pid, sb.pid AS sibling_pid, mo.country AS mother_country, fa.country AS father_country,
      coalesce(kids.n, 0) AS n_children, kids.first_kid, kids.last_kid, c.work_start, c.dis_date, c.retire_date, c.self, e.final, e.track, steps.y_gs, steps.y_vs, steps.y_bach, steps.y_hov, steps.y_dok,
      first_kom.kom AS kom_first, at16.kom AS kom16, parent_nus.mor_nus16, parent_nus.far_nus16,
      greatest(coalesce(me.final, -1), coalesce(fe.final, -1)) AS parents_final,
      p.pid IN (SELECT pid FROM stay) AS has_stay
    FROM person p JOIN life l USING (i) JOIN kin k USING (i) JOIN edu e USING (i) JOIN career c USING (i)
    LEFT JOIN person mo ON mo.i = k.mother_i LEFT JOIN person fa ON fa.i = k.father_i
    LEFT JOIN person mm ON mm.i = k.mormor_i LEFT JOIN person mf ON mf.i = k.morfar_i
    LEFT JOIN person fm ON fm.i = k.farmor_i LEFT JOIN person ff ON ff.i = k.farfar_i
    LEFT JOIN person sb ON sb.i = k.sibling_i
    LEFT JOIN edu me ON me.i = k.mother_i LEFT JOIN edu fe ON fe.i = k.father_i
    LEFT JOIN steps USING (i) LEFT JOIN kids ON kids.parent = p.i LEFT JOIN first_kom USING (i)
    LEFT JOIN at16 USING (i) LEFT JOIN parent_nus USING (i)
    ORDER BY p.i`);
}
