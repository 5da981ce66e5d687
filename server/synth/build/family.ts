import { type BuildContext, materialize, spellYears } from './context';

/** SSB family type (standard of 2006) from the family's make-up, as a SQL CASE over `f.*` columns. */
const FAMILY_TYPE = `CASE
  WHEN f.n = 1 THEN (CASE WHEN f.eldest < 30 THEN '1.1.1' WHEN f.eldest < 45 THEN '1.1.2' WHEN f.eldest < 67 THEN '1.1.3' ELSE '1.1.4' END)
  WHEN f.couple AND f.kids = 0 THEN (CASE WHEN f.married THEN '3.1.' ELSE '3.1.' END) ||
    (CASE WHEN f.eldest < 30 THEN 1 WHEN f.eldest < 45 THEN 2 WHEN f.eldest < 67 THEN 3 ELSE 4 END + (CASE WHEN f.married THEN 0 ELSE 4 END))::VARCHAR
  WHEN f.couple AND f.youngest_kid >= 18 THEN (CASE WHEN f.married THEN '3.2.1' ELSE '3.2.2' END)
  WHEN f.couple AND f.youngest_kid < 6 THEN (CASE WHEN f.married THEN '2.1.1' ELSE '2.1.2' END)
  WHEN f.couple THEN (CASE WHEN f.married THEN '2.2.1' ELSE '2.2.2' END)
  WHEN f.kids > 0 AND f.youngest_kid >= 18 THEN (CASE WHEN f.head_sex = 2 THEN '3.3.1' ELSE '3.3.2' END)
  WHEN f.kids > 0 AND f.youngest_kid < 6 THEN (CASE WHEN f.head_sex = 2 THEN '2.3.1' ELSE '2.3.2' END)
  WHEN f.kids > 0 THEN (CASE WHEN f.head_sex = 2 THEN '2.4.1' ELSE '2.4.2' END)
  ELSE '3.4.1' END`;

/**
 * Builds `fam(i, y, ...)`: each resident's family, municipality (`kom`) and marital status (`civ`) on 1 January of every year of the range and the next.
 * A family is a couple (married or cohabiting, both resident) or a single adult, with the children who
 * still live at home (under 18, or older but not yet moved out and not partnered). Its number `famnr` is
 * the person id of its eldest member, as in SSB, so family-level data merges back on PERSONID_1.
 * Households are taken to be families (one family per household).
 */
export async function buildFamilies(ctx: BuildContext): Promise<void> {
  const { from, to } = ctx.params;
  await ctx.db.run(`
    CREATE VIEW fam_res AS
    SELECT i, y, make_date(y, 1, 1) AS d0, birth, sex, date_diff('year', birth, make_date(y, 1, 1)) AS age, moveout
    FROM (SELECT *, unnest(range(greatest(year(entry) + (entry > make_date(year(entry), 1, 1))::INTEGER, ${from}),
      least(year(coalesce(exit - 1, DATE '2999-12-31')), ${to + 1}) + 1)) AS y FROM pbase)`);
  await materialize(
    ctx,
    'fam_adult',
    `
    WITH cp AS (
      SELECT w_i AS i, m_i AS partner_i, ustart, uend, marry, diss FROM couple
      UNION ALL SELECT m_i, w_i, ustart, uend, marry, diss FROM couple
    ),
    -- everyone is in at most one couple; it counts on the day when it has started and not yet ended
    r AS (
      SELECT r.*, CASE WHEN cp.ustart <= r.d0 AND (cp.uend IS NULL OR cp.uend > r.d0) THEN cp.partner_i END AS cand,
        cp.marry IS NOT NULL AND cp.marry <= r.d0 AND (cp.diss IS NULL OR cp.diss > r.d0) AS wed
      FROM fam_res r LEFT JOIN cp ON cp.i = r.i
    )
    SELECT r.i, r.y, r.d0, r.age, r.birth, r.sex, r.moveout, q.i AS partner_i, q.i IS NOT NULL AND r.wed AS married,
      CASE WHEN q.i IS NULL THEN r.i WHEN r.birth < q.birth OR (r.birth = q.birth AND r.i < q.i) THEN r.i ELSE q.i END AS adult_head
    FROM r LEFT JOIN fam_res q ON q.i = r.cand AND q.y = r.y`,
    null,
  );
  // Someone who has a child of their own heads their own family, even while young (a young mother and her child).
  await ctx.db.run(`
    CREATE TABLE first_child AS
    SELECT parent AS i, min(p.birth) AS first_kid
    FROM (SELECT mother_i AS parent, i FROM kin UNION ALL SELECT father_i, i FROM kin) JOIN person p USING (i)
    WHERE parent IS NOT NULL GROUP BY parent`);
  await materialize(
    ctx,
    'fam_member',
    `
    WITH m AS (
      SELECT a.*, mo.adult_head AS mother_head, fa.adult_head AS father_head,
        a.partner_i IS NULL AND (a.age < 18 OR a.d0 < a.moveout) AND (fc.first_kid IS NULL OR fc.first_kid > a.d0)
          AND coalesce(mo.i, fa.i) IS NOT NULL AS is_child
      FROM fam_adult a JOIN kin k ON k.i = a.i LEFT JOIN first_child fc ON fc.i = a.i
      LEFT JOIN fam_adult mo ON mo.i = k.mother_i AND mo.y = a.y
      LEFT JOIN fam_adult fa ON fa.i = k.father_i AND fa.y = a.y
    )
    SELECT i, y, age, sex, partner_i, married, is_child,
      CASE WHEN is_child THEN coalesce(mother_head, father_head) ELSE adult_head END AS head_i
    FROM m`,
    null,
  );
  await materialize(
    ctx,
    'fam',
    `
    WITH f AS (
      SELECT head_i, y, count(*) AS n,
        count(*) FILTER (WHERE is_child AND age < 18) AS kids017,
        count(*) FILTER (WHERE is_child) AS kids,
        count(*) FILTER (WHERE NOT is_child) AS adults,
        max(age) AS eldest, min(age) AS youngest,
        min(age) FILTER (WHERE is_child) AS youngest_kid,
        bool_or(partner_i IS NOT NULL) AS couple,
        bool_or(married) AS married,
        max(CASE WHEN i = head_i THEN sex END) AS head_sex
      FROM fam_member GROUP BY head_i, y
    )
    SELECT m.i, m.y, me.pid, me.sex, me.birth, h.pid AS famnr, m.head_i,
      CASE WHEN m.i = m.head_i THEN '1' WHEN m.is_child THEN '3' ELSE '2' END AS personkode,
      CASE WHEN m.is_child THEN (CASE WHEN f.couple THEN '8' ELSE '0' END)
           WHEN m.partner_i IS NULL THEN '0'
           WHEN m.married THEN '1'
           WHEN f.kids > 0 THEN '3' ELSE '5' END AS parstatus,
      m.partner_i, m.married, m.is_child, m.age, f.head_sex,
      pp.pid AS partner_pid,
      f.n, f.kids017, f.kids, f.adults, f.eldest, f.youngest, f.youngest_kid, f.couple, ${FAMILY_TYPE} AS famtype,
      rs.kom, cs.civ
    FROM fam_member m JOIN f ON f.head_i = m.head_i AND f.y = m.y JOIN person h ON h.i = m.head_i
    JOIN person me ON me.i = m.i LEFT JOIN person pp ON pp.i = m.partner_i
    LEFT JOIN (${spellYears('res_spell', 'start', 'stop', [1, 1], 'i, kom', [from, to + 1])}) rs ON rs.i = m.i AND rs.y = m.y
    LEFT JOIN (${spellYears('civ_spell', 'start', 'stop', [1, 1], 'i, civ', [from, to + 1])}) cs ON cs.i = m.i AND cs.y = m.y`,
    'i, y',
  );
  ctx.log(`families: ${await ctx.db.number('SELECT count(*) FROM fam')} person-years in families`);
}
