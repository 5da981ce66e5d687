import { type BuildContext, plusYears } from './context';

/**
 * Builds `career(i, work_start, work_end, dis_date, retire_date)`: when a person enters working life
 * (after finishing education, or soon after immigrating as an adult), when they retire (62–70), and
 * whether they leave work early on disability (more likely with little education). About one in
 * twenty never works; about one in fifteen works self-employed rather than in jobs. Also `unemp(i, start, stop)`: registered unemployment between jobs, filled in by
 * the job stage.
 */
export async function buildCareer(ctx: BuildContext): Promise<void> {
  const r = ctx.rng;
  await ctx.db.run(`
    CREATE OR REPLACE TABLE career AS
    WITH done AS (SELECT i, max(dt) AS last_step FROM edu_step GROUP BY i),
    base AS (
      SELECT p.i, p.sex, p.birth, p.immig, l.exit, l.z, e.final,
        CASE WHEN p.immig IS NOT NULL AND date_diff('year', p.birth, p.immig) >= 20
               THEN ${plusYears('p.immig', r.exp(0.6, 'work.wait.imm', 'p.i'))}
             ELSE greatest(${plusYears('p.birth', `17.5 + 1.5 * ${r.u('work.young', 'p.i')}`)},
                           ${plusYears('coalesce(done.last_step, p.birth)', `0.1 + 0.4 * ${r.u('work.wait', 'p.i')}`)}) END AS work_start,
        ${plusYears('p.birth', `62 + 6 * pow(${r.u('work.retire', 'p.i')}, 1.5) + 2 * (${r.u('work.late', 'p.i')} < 0.1)::INTEGER`)} AS retire_date,
        CASE WHEN ${r.u('work.disabled', 'p.i')} < 0.04 + 0.08 * (e.final <= 3)::INTEGER + 0.03 * (l.z < -1)::INTEGER
             THEN ${plusYears('p.birth', `35 + 27 * ${r.u('work.disabled.age', 'p.i')}`)} END AS dis_draw,
        ${r.u('work.self', 'p.i')} < 0.045 + 0.04 * (p.sex = 1)::INTEGER AS self,
        ${r.u('work.never', 'p.i')} < 0.035 + 0.06 * (p.immig IS NOT NULL AND p.sex = 2)::INTEGER + 0.03 * (l.z < -1.5)::INTEGER AS never
      FROM person p JOIN life l USING (i) JOIN edu e USING (i) LEFT JOIN done USING (i)
    )
    SELECT i, work_start, retire_date,
      CASE WHEN dis_draw < retire_date AND dis_draw > work_start THEN dis_draw END AS dis_date,
      CASE WHEN never THEN NULL ELSE least(retire_date, CASE WHEN dis_draw < retire_date AND dis_draw > work_start THEN dis_draw END, exit) END AS work_end,
      never, self AND NOT never AS self
    FROM base ORDER BY i`);
  // One narrow row per person with what the yearly tables need, so they unnest years without joins.
  await ctx.db.run(`
    CREATE OR REPLACE TABLE pbase AS
    SELECT p.i, p.pid, p.sex, p.birth, p.immig, p.death, p.emig, p.country, l.z, l.entry, l.exit, l.moveout,
      c.work_start, c.work_end, c.retire_date, c.dis_date, c.never, c.self, e.final
    FROM person p JOIN life l USING (i) JOIN career c USING (i) JOIN edu e USING (i) ORDER BY p.i`);
}
