import { pseudonymSql } from '../sql/ids';
import { pickSql } from '../sql/random';
import { type BuildContext, dates } from './context';

/**
 * Builds `course(c, cid, i, pid, start, stop, nus, completed, kom)`: enrolments in upper secondary school
 * and higher education (NUDB kurs), sorted by person and start so that course pseudonyms follow that
 * order. Every completed level from upper secondary upwards has the programme that led to it; some
 * people start a degree they do not finish, and some adults take a course. Courses overlapping the ten
 * years before the range and the range itself are kept.
 */
export async function buildCourses(ctx: BuildContext): Promise<void> {
  const r = ctx.rng;
  const d = dates(ctx.params);
  const nus = ctx.lists.NUS2000.draw;
  const level6 = nus.codes.map((c, k) => [c, k] as const).filter(([c]) => c.startsWith('6'));
  const dropout = level6.length
    ? pickSql(
        level6.map(([c]) => c),
        level6.map(([, k]) => nus.weights[k]!),
        r.u('course.dropout.nus', 'e.i'),
      )
    : "'699999'";
  // Programme length in years before the completion date, by NUS level.
  const length =
    'CASE s.lvl WHEN 3 THEN 1 WHEN 4 THEN 3 WHEN 5 THEN 2 WHEN 6 THEN 3 WHEN 7 THEN 2 ELSE 4 END';
  await ctx.db.run(`
    CREATE OR REPLACE TABLE course_raw AS
    SELECT s.i, s.nus, make_date(year(s.dt) - ${length}, 8, 17) AS start, s.dt AS stop, true AS completed
    FROM edu_step s JOIN person p USING (i) WHERE s.lvl BETWEEN 3 AND 8 AND make_date(year(s.dt) - ${length}, 8, 17) >= coalesce(p.immig, p.birth)
    UNION ALL
    SELECT e.i, ${dropout}, make_date(year(p.birth) + 19 + floor(2 * ${r.u('course.dropout.age', 'e.i')})::INTEGER, 8, 17),
      make_date(year(p.birth) + 20 + floor(2 * ${r.u('course.dropout.age', 'e.i')})::INTEGER, 1, 10) + floor(150 * ${r.u('course.dropout.when', 'e.i')})::INTEGER, false
    FROM edu e JOIN person p USING (i) WHERE e.final IN (4, 5) AND p.immig IS NULL AND ${r.u('course.dropout', 'e.i')} < 0.25
    UNION ALL
    SELECT e.i, ${dropout}, make_date(year(p.birth) + 30 + floor(25 * ${r.u('course.adult.age', 'e.i')})::INTEGER, 8, 17),
      make_date(year(p.birth) + 31 + floor(25 * ${r.u('course.adult.age', 'e.i')})::INTEGER, 6, 15), ${r.u('course.adult.done', 'e.i')} < 0.6
    FROM edu e JOIN person p USING (i) WHERE ${r.u('course.adult', 'e.i')} < 0.05`);
  await ctx.db.run(`
    CREATE OR REPLACE TABLE course AS
    WITH kept AS (
      SELECT cr.*, row_number() OVER (ORDER BY cr.i, cr.start, cr.nus, cr.stop, cr.completed) - 1 AS c,
        row_number() OVER (PARTITION BY cr.i ORDER BY cr.start, cr.nus, cr.stop, cr.completed) AS lnr
      FROM course_raw cr JOIN life l USING (i)
      WHERE cr.stop >= ${d.start} - 3653 AND cr.start <= ${d.end} AND cr.start >= l.entry AND cr.start < coalesce(l.exit, DATE '9999-12-31')
    )
    SELECT kept.c, ${pseudonymSql('course', ctx.params.seed, 'kept.c')} AS cid, kept.i, p.pid, kept.start,
      least(kept.stop, coalesce(l.exit - 1, DATE '9999-12-31')) AS stop, kept.nus, kept.completed, kept.lnr, rs.kom
    FROM kept JOIN person p USING (i) JOIN life l USING (i)
    ASOF LEFT JOIN res_spell rs ON rs.i = kept.i AND rs.start <= kept.start
    ORDER BY kept.c`);
  await ctx.db.run('DROP TABLE course_raw');
  ctx.log(`courses: ${await ctx.db.number('SELECT count(*) FROM course')}`);
}
