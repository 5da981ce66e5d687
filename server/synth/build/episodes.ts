import { type BuildContext, dates } from './context';

/**
 * Builds `emp_episode(pid, start, stop, ...)`: stretches of time in which a person holds the same main job
 * (with any second job alongside) and lives in the same municipality, sorted by person and start. Main
 * jobs never overlap, so months unnested from these episodes come out sorted by person and month: the
 * person-level monthly a-ordningen variables are written from it without a sort.
 */
export async function buildEpisodes(ctx: BuildContext): Promise<void> {
  const d = dates(ctx.params);
  await ctx.db.run(`
    CREATE OR REPLACE TABLE emp_episode AS
    SELECT p.pid, p.i, p.sex, p.birth, p.immig, p.country, j.j,
      greatest(j.start, rs.start) AS start, least(j.stop, coalesce(rs.stop, DATE '9999-12-31'), ${d.end}) AS stop, rs.kom,
      j.hours + coalesce(s.hours, 0) AS hours_total, j.pct + coalesce(s.pct, 0) AS pct_total
    FROM job j JOIN res_spell rs ON rs.i = j.i AND rs.start <= j.stop AND coalesce(rs.stop, DATE '9999-12-31') >= j.start
    LEFT JOIN job s ON s.j = j.j + 1 AND s.kind = 'second'
    JOIN person p ON p.i = j.i
    WHERE j.kind <> 'second' AND greatest(j.start, rs.start) <= least(j.stop, coalesce(rs.stop, DATE '9999-12-31'), ${d.end})
      AND least(j.stop, coalesce(rs.stop, DATE '9999-12-31')) >= ${d.start}
    ORDER BY p.pid, start`);
}
