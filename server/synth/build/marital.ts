import { type BuildContext, dates, plusYears } from './context';

/**
 * Builds `civ_spell(i, start, stop, civ)`: marital status histories with SSB's codes (1 unmarried,
 * 2 married, 3 widowed, 4 divorced, 5 separated). Couples marry, separate and divorce; a spouse who dies
 * leaves a widow(er). Older people without a partner in the population were married before the range:
 * some are widowed or divorced. Adult immigrants without a partner here may be married to someone abroad.
 */
export async function buildMarital(ctx: BuildContext): Promise<void> {
  const r = ctx.rng;
  const d = dates(ctx.params);
  await ctx.db.run(`
    CREATE OR REPLACE TABLE civ_event AS
    WITH partnered AS (SELECT unnest([w_i, m_i]) AS i FROM couple),
    alone AS (
      SELECT p.i, p.birth, p.immig, l.entry, date_diff('year', p.birth, ${d.start}) AS age_start
      FROM person p JOIN life l USING (i) WHERE p.i NOT IN (SELECT i FROM partnered)
    ),
    ev AS (
      SELECT i, entry AS dt, 0 AS prio, '1' AS civ FROM life
      UNION ALL
      SELECT unnest([w_i, m_i]), marry, 1, '2' FROM couple WHERE marry IS NOT NULL
      UNION ALL
      SELECT unnest([w_i, m_i]), diss, 2, '5' FROM couple WHERE marry IS NOT NULL AND diss IS NOT NULL
      UNION ALL
      SELECT unnest([w_i, m_i]), divorce, 3, '4' FROM couple WHERE divorce IS NOT NULL
      UNION ALL
      -- widowhood: the union ended with the other spouse's death while married
      SELECT CASE WHEN w.death = c.uend THEN c.m_i ELSE c.w_i END, c.uend, 4, '3'
      FROM couple c JOIN person w ON w.i = c.w_i JOIN person m ON m.i = c.m_i
      WHERE c.marry IS NOT NULL AND c.diss IS NULL AND c.uend IS NOT NULL AND c.uend IN (w.death, m.death)
      UNION ALL
      -- adult immigrants arriving married to someone abroad
      SELECT i, entry, 1, '2' FROM alone
      WHERE immig IS NOT NULL AND date_diff('year', birth, immig) >= 25 AND ${r.u('civ.abroad', 'i')} < 0.5
      UNION ALL
      -- an earlier marriage, before the range, that ended in widowhood or divorce
      SELECT i, ${plusYears('birth', `26 + 4 * ${r.u('civ.old.marry', 'i')}`)}, 1, '2' FROM alone
      WHERE immig IS NULL AND age_start >= 30 AND ${r.u('civ.old', 'i')} < (CASE WHEN age_start >= 60 THEN 0.8 WHEN age_start >= 45 THEN 0.45 ELSE 0.18 END)
      UNION ALL
      SELECT i, least(${plusYears('birth', `32 + (age_start - 31) * ${r.u('civ.old.end', 'i')}`)}, ${d.start} - 1), 2,
        CASE WHEN ${r.u('civ.old.kind', 'i')} < (CASE WHEN age_start >= 60 THEN 0.7 WHEN age_start >= 45 THEN 0.2 ELSE 0.05 END) THEN '3' ELSE '4' END FROM alone
      WHERE immig IS NULL AND age_start >= 30 AND ${r.u('civ.old', 'i')} < (CASE WHEN age_start >= 60 THEN 0.8 WHEN age_start >= 45 THEN 0.45 ELSE 0.18 END)
    )
    SELECT ev.i, greatest(ev.dt, l.entry) AS dt, ev.prio, ev.civ
    FROM ev JOIN life l USING (i)
    WHERE ev.dt < coalesce(l.exit, DATE '9999-12-31')`);
  await ctx.db.run(`
    CREATE OR REPLACE TABLE civ_spell AS
    WITH one_a_day AS (SELECT i, dt, max({'p': prio, 'c': civ}).c AS civ FROM civ_event GROUP BY i, dt),
    changes AS (SELECT *, lag(civ) OVER (PARTITION BY i ORDER BY dt) AS prev FROM one_a_day),
    kept AS (SELECT i, dt, civ FROM changes WHERE prev IS NULL OR prev <> civ)
    SELECT kept.i, kept.dt AS start,
      coalesce(lead(kept.dt) OVER (PARTITION BY kept.i ORDER BY kept.dt) - 1, l.exit - 1) AS stop, kept.civ
    FROM kept JOIN life l USING (i)
    ORDER BY kept.i, start`);
  await ctx.db.run('DROP TABLE civ_event');
  ctx.log(`marital status: ${await ctx.db.number('SELECT count(*) FROM civ_spell')} spells`);
}
