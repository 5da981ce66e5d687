import { pseudonymSql } from '../sql/ids';
import { pickSql } from '../sql/random';
import { type BuildContext, dates, plusYears } from './context';

/** Occupation major group (STYRK first digit) shares by education level. */
const OCCUPATION_GROUPS: [string, number[], number[]][] = [
  ['e.final BETWEEN 7 AND 8', [1, 2, 3], [15, 70, 15]],
  ['e.final = 6', [1, 2, 3, 4, 5], [8, 45, 35, 7, 5]],
  ['e.final IN (4, 5)', [1, 3, 4, 5, 7, 8, 9], [3, 15, 15, 27, 25, 10, 5]],
  ['true', [4, 5, 7, 8, 9], [8, 35, 15, 17, 25]],
];

/** Companies (employers): a few big ones and many small; each has an industry and an establishment. */
async function buildCompanies(ctx: BuildContext): Promise<number> {
  const r = ctx.rng;
  const persons = await ctx.db.number('SELECT count(*) FROM person');
  const companies = Math.max(20, Math.round(persons * 0.05));
  const nace = ctx.lists.NACE_SN07.draw;
  await ctx.db.run(`
    CREATE OR REPLACE TABLE company AS
    SELECT c, ${pseudonymSql('company', ctx.params.seed, 'c')} AS comp_pid,
      ${pseudonymSql('company', ctx.params.seed, `${companies} + c`)} AS virk_pid,
      ${pickSql(nace.codes, nace.weights, r.u('company.nace', 'c'))} AS nace
    FROM range(${companies}) t(c) ORDER BY c`);
  return companies;
}

/** STYRK code for a job, by education level (student jobs are service and elementary work). */
function occupationSql(ctx: BuildContext): string {
  const r = ctx.rng;
  const styrk = ctx.lists.STYRK08.draw;
  const byGroup = (group: number) => {
    const idx = styrk.codes.map((c, k) => [c, k] as const).filter(([c]) => c.startsWith(String(group)));
    return idx.length
      ? pickSql(
          idx.map(([c]) => c),
          idx.map(([, k]) => styrk.weights[k]!),
          r.u('job.styrk', 'j.j'),
        )
      : null;
  };
  const codeOf = (groups: number[], weights: number[], purpose: string) => {
    const usable = groups.map((g, k) => [byGroup(g), weights[k]!] as const).filter(([sql]) => sql !== null);
    if (usable.length === 0) return pickSql(styrk.codes, styrk.weights, r.u('job.styrk', 'j.j'));
    const choice = pickSql(
      usable.map((_, k) => String(k)),
      usable.map(([, w]) => w),
      r.u(purpose, 'j.j'),
      (s) => s,
    );
    return `CASE ${choice} ${usable.map(([sql], k) => `WHEN ${k} THEN ${sql}`).join(' ')} END`;
  };
  const arms = OCCUPATION_GROUPS.map(
    ([cond, groups, weights]) => `WHEN ${cond} THEN ${codeOf(groups, weights, 'job.group')}`,
  );
  return `CASE WHEN j.kind = 'student' THEN ${codeOf([5, 9], [70, 30], 'job.group.student')} ${arms.join(' ')} END`;
}

/**
 * Builds `job`: every job (a-ordningen arbeidsforhold) that overlaps the range, sorted by person and start,
 * so job pseudonyms `jid` follow that order. A career is a chain of jobs with short gaps of registered
 * unemployment (`unemp`); students may hold a side job; some workers have a second job alongside the
 * main one. Each job has an employer, occupation, hours, hourly or monthly pay and a full-time
 * equivalent monthly wage `ftm` (NOK of 2015) that rises with education, experience and ability.
 */
export async function buildJobs(ctx: BuildContext): Promise<void> {
  const r = ctx.rng;
  const d = dates(ctx.params);
  const companies = await buildCompanies(ctx);
  await ctx.db.run(`
    CREATE OR REPLACE TABLE job_spell AS
    WITH c AS (SELECT i, work_start, work_end FROM career WHERE NOT never AND NOT self AND work_start < work_end),
    draws AS (
      SELECT c.i, c.work_start, c.work_end, k,
        0.25 + ${r.exp('(2 + 1.2 * k)', 'job.dur', 'c.i', 'k')} AS dur,
        CASE WHEN ${r.u('job.gap?', 'c.i', 'k')} < 0.7 THEN 0 ELSE 0.05 + ${r.exp(0.6, 'job.gap', 'c.i', 'k')} END AS gap
      FROM c CROSS JOIN range(10) t(k)
    ),
    chained AS (
      SELECT *, coalesce(sum(dur + gap) OVER (PARTITION BY i ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS offset_years
      FROM draws
    ),
    spells AS (
      SELECT i, k, ${plusYears('work_start', 'offset_years')} AS start, ${plusYears('work_start', 'offset_years + dur')} - 1 AS natural_stop, work_end, gap
      FROM chained
    )
    SELECT i, k, start, least(natural_stop, work_end - 1) AS stop,
      CASE WHEN gap > 0 AND natural_stop + 1 < work_end THEN natural_stop + 1 END AS gap_start,
      CASE WHEN gap > 0 THEN least(${plusYears('natural_stop + 1', 'gap')} - 1, work_end - 1) END AS gap_stop
    FROM spells WHERE start < work_end AND start <= ${d.end}`);
  await ctx.db.run(`
    CREATE OR REPLACE TABLE unemp AS
    SELECT i, gap_start AS start, gap_stop AS stop FROM job_spell
    WHERE gap_start IS NOT NULL AND gap_stop >= gap_start AND gap_stop >= DATE '1990-01-01' AND ${r.u('unemp.registered', 'i', 'k')} < 0.75
    ORDER BY i, start`);
  const window = d.start;
  await ctx.db.run(`
    CREATE OR REPLACE TABLE job_raw AS
    WITH main AS (SELECT i, k, start, stop, 'main' AS kind FROM job_spell WHERE stop >= ${window}),
    student AS (
      SELECT c.i, -1 AS k, ${plusYears('p.birth', `16.5 + 2 * ${r.u('job.side.start', 'c.i')}`)} AS start, c.work_start AS limit_, 'student' AS kind
      FROM career c JOIN person p USING (i)
      WHERE c.work_start > ${plusYears('p.birth', '19')} AND ${r.u('job.side?', 'c.i')} < 0.5
    ),
    student_spell AS (
      SELECT i, k, start, least(${plusYears('start', `0.2 + ${r.exp(1.5, 'job.side.dur', 'i')}`)}, limit_ - 1) AS stop, kind
      FROM student s JOIN life l USING (i) WHERE start < limit_ - 60 AND start >= l.entry AND start < coalesce(l.exit, DATE '9999-12-31')
    ),
    second AS (SELECT i, k, start, stop, 'second' AS kind FROM main WHERE ${r.u('job.second?', 'i', 'k')} < 0.07)
    SELECT * FROM main UNION ALL SELECT * FROM student_spell WHERE stop >= ${window} UNION ALL SELECT * FROM second`);
  await ctx.db.run(`
    CREATE OR REPLACE TABLE job AS
    WITH ordered AS (
      SELECT *, row_number() OVER (ORDER BY i, start, CASE kind WHEN 'second' THEN 1 ELSE 0 END, k) - 1 AS j FROM job_raw
      WHERE start <= stop AND start <= ${d.end}
    ),
    j AS (
      SELECT o.*, ${r.hash('job.company', 'o.i', 'o.k', "o.kind = 'second'")} AS ch FROM ordered o
    )
    SELECT j.j, ${pseudonymSql('job', ctx.params.seed, 'j.j')} AS jid, j.i, p.pid, j.start, j.stop, j.kind,
      co.c, co.comp_pid, co.virk_pid, co.nace,
      ${occupationSql(ctx)} AS styrk,
      CASE WHEN j.kind = 'student' THEN round(8 + 12 * ${r.u('job.hours', 'j.j')} * 2) / 2
           WHEN j.kind = 'second' THEN round(4 + 11 * ${r.u('job.hours', 'j.j')} * 2) / 2
           WHEN ${r.u('job.fulltime', 'j.j')} < (CASE WHEN p.sex = 1 THEN 0.85 ELSE 0.65 END) + 0.03 * least(e.final, 8) THEN 37.5
           ELSE ${pickSql(['30.0', '28.1', '22.5', '18.8', '15.0'], [3, 2, 3, 2, 1], r.u('job.parttime', 'j.j'), (s) => s)} END AS hours,
      exp(CASE WHEN j.kind = 'student' THEN 9.9 + 0.05 * ${r.n('job.wage', 'j.j')}
        ELSE 10.3 + 0.11 * (CASE WHEN e.final = 9 THEN 4 ELSE e.final END - 4) + 0.18 * l.z
          + 0.035 * (a.age - 20) - 0.0006 * pow(a.age - 20, 2) - 0.07 * (p.sex = 2)::INTEGER
          + 0.12 * ${r.n('job.wage', 'j.j')} END) AS ftm
    FROM j JOIN person p USING (i) JOIN life l USING (i) JOIN edu e USING (i)
    CROSS JOIN LATERAL (SELECT greatest(16, least(67, date_diff('year', p.birth, j.start))) AS age) a
    JOIN company co ON co.c = (floor(${companies} * pow((j.ch >> 11)::DOUBLE * 1.1102230246251565e-16, 2.2)))::BIGINT
    ORDER BY j.j`);
  await ctx.db.run(`
    ALTER TABLE job ADD COLUMN pct DOUBLE; UPDATE job SET pct = round(hours / 37.5 * 1000) / 10;
    ALTER TABLE job ADD COLUMN hourly BOOLEAN;
    UPDATE job SET hourly = ${r.u('job.hourly', 'j')} < CASE WHEN kind = 'student' THEN 0.85 WHEN hours < 37.5 THEN 0.35 ELSE 0.08 END;
    DROP TABLE job_spell; DROP TABLE job_raw`);
  // Most people work in the municipality they live in when they start the job; the rest commute to a town.
  const kom = ctx.lists.KOMMUNE.draw;
  await ctx.db.run(`
    CREATE OR REPLACE TABLE job AS
    SELECT job.*,
      -- monthly pay and full-time pay at the job's start, without the yearly growth (see ARBLONN recipes)
      ftm * pct / 100 * exp(-0.012 * (year(job.start) - 2015)) AS mbase, ftm * exp(-0.012 * (year(job.start) - 2015)) AS fbase,
      CASE WHEN rs.kom IS NOT NULL AND ${r.u('job.commute', 'job.j')} < 0.8 THEN rs.kom
      ELSE ${pickSql(
        kom.codes,
        kom.weights.map((w, k) => (['0301', '4601', '5001', '1103'].includes(kom.codes[k]!) ? w * 4 : w)),
        r.u('job.workplace', 'job.j'),
      )} END AS arbkomm
    FROM job ASOF LEFT JOIN res_spell rs ON rs.i = job.i AND rs.start <= job.start
    ORDER BY job.j`);
  const [s] = await ctx.db.rows(`SELECT count(*) AS jobs, count(*) FILTER (WHERE kind = 'second') AS second,
    count(*) FILTER (WHERE kind = 'student') AS student FROM job`);
  ctx.log(
    `jobs: ${s?.jobs} jobs (${s?.second} second jobs, ${s?.student} student jobs) at ${companies} companies`,
  );
}
