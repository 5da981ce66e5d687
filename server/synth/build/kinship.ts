import { type BuildContext, dates, plusYears } from './context';

/** Children per woman in cohorts whose mothers are all in the population. */
const FERTILITY = 2.05;

/**
 * Mothers: every person born in Norway draws a mother's age at birth and takes a random woman of that
 * birth cohort. Cohorts whose women mostly died before the range are thin in the population, so the link
 * is kept with probability FERTILITY·women/children, which caps children per woman; a link to a woman
 * who was dead, abroad or not yet arrived at the birth is dropped. Builds `mother(i, mother_i)`.
 */
async function linkMothers(ctx: BuildContext): Promise<void> {
  const r = ctx.rng;
  await ctx.db.run(`
    CREATE OR REPLACE TABLE mother AS
    WITH women AS (
      SELECT i, year(birth) AS byr, coalesce(year(immig), 0) AS iy,
        row_number() OVER (PARTITION BY year(birth) ORDER BY coalesce(year(immig), 0), i) - 1 AS rk
      FROM person WHERE sex = 2
    ),
    wcount AS (SELECT byr, count(*) AS n FROM women GROUP BY byr),
    -- women of a cohort living in Norway by a given year: natives first, then by year of arrival
    wcum AS (SELECT byr, iy, max(rk) + 1 AS n FROM women GROUP BY byr, iy),
    kid AS (
      SELECT i, birth, year(birth) - greatest(16, least(46, round(29.5 + 5.2 * ${r.n('momage', 'i')})))::INTEGER AS cy
      FROM person WHERE immig IS NULL
    ),
    need AS (SELECT cy, count(*) AS need FROM kid GROUP BY cy),
    drawn AS (
      SELECT kid.i, kid.birth, kid.cy, ${r.int('wcum.n', 'momrank', 'kid.i')} AS rk
      FROM kid JOIN wcount ON wcount.byr = kid.cy JOIN need ON need.cy = kid.cy
      ASOF JOIN wcum ON wcum.byr = kid.cy AND wcum.iy <= year(kid.birth)
      WHERE ${r.u('momlink', 'kid.i')} < least(1.0, ${FERTILITY} * wcount.n / need.need)
    )
    SELECT drawn.i, women.i AS mother_i
    FROM drawn JOIN women ON women.byr = drawn.cy AND women.rk = drawn.rk
    JOIN person m ON m.i = women.i
    WHERE (m.death IS NULL OR m.death >= drawn.birth) AND (m.immig IS NULL OR m.immig <= drawn.birth)
      AND (m.emig IS NULL OR m.emig > drawn.birth)
    ORDER BY drawn.i`);
}

/**
 * Couples: women (more often those with children) and men are matched on birth date within five-year
 * bands, women about 2.5 years younger. A couple moves in together, may marry, may split up; the union
 * ends at a split, a death or an emigration. Builds `couple(ci, w_i, m_i, ustart, marry, diss, divorce, uend)`.
 */
async function formCouples(ctx: BuildContext): Promise<void> {
  const r = ctx.rng;
  const d = dates(ctx.params);
  const exit = `least(coalesce(death, ${d.ref}), coalesce(emig, ${d.ref}), ${d.ref})`;
  await ctx.db.run(`
    CREATE OR REPLACE TABLE couple AS
    WITH kids AS (SELECT mother_i AS i, count(*) AS n, min(p.birth) AS first_kid FROM mother JOIN person p USING (i) GROUP BY mother_i),
    women AS (
      SELECT p.i, p.birth, kids.first_kid,
        (p.birth - DATE '1970-01-01') - 900 + 650 * ${r.n('pkey', 'p.i')} AS key
      FROM person p LEFT JOIN kids ON kids.i = p.i
      WHERE p.sex = 2 AND date_diff('year', p.birth, ${exit}) >= 20
        AND ${r.u('partnered', 'p.i')} < CASE WHEN kids.n > 0 THEN 0.93 ELSE 0.55 END
    ),
    men_all AS (
      SELECT i, birth, (birth - DATE '1970-01-01') + 650 * ${r.n('pkey', 'i')} AS key
      FROM person WHERE sex = 1 AND date_diff('year', birth, ${exit}) >= 20
    ),
    men AS (
      SELECT * FROM men_all
      WHERE ${r.u('partnered', 'i')} < (SELECT count(*) FROM women) / greatest(1, (SELECT count(*) FROM men_all))
    ),
    wr AS (SELECT i, birth, first_kid, floor(key / 1826)::BIGINT AS band, row_number() OVER (PARTITION BY floor(key / 1826) ORDER BY key, i) AS rk FROM women),
    mr AS (SELECT i, birth, floor(key / 1826)::BIGINT AS band, row_number() OVER (PARTITION BY floor(key / 1826) ORDER BY key, i) AS rk FROM men),
    pairs AS (
      SELECT wr.i AS w_i, mr.i AS m_i, wr.first_kid,
        greatest(
          coalesce(wr.first_kid - round((0.3 + 2.7 * ${r.u('ustart', 'wr.i')}) * 365.25)::INTEGER, ${plusYears('wr.birth', `21 + 9 * ${r.u('ustart', 'wr.i')}`)}),
          ${plusYears('wr.birth', '18')}, ${plusYears('mr.birth', '18')}) AS u0
      FROM wr JOIN mr USING (band, rk)
    ),
    arrived AS (
      -- a couple of one immigrant and one native forms when the immigrant has arrived
      SELECT pairs.*, CASE WHEN (w.immig IS NULL) <> (m.immig IS NULL) THEN greatest(u0, coalesce(w.immig, m.immig)) ELSE u0 END AS ustart
      FROM pairs JOIN person w ON w.i = pairs.w_i JOIN person m ON m.i = pairs.m_i
    ),
    capped AS (
      SELECT pairs.*, least(w.death, w.emig, m.death, m.emig) AS cap,
        ${r.u('marry', 'w_i')} < (CASE WHEN year(w.birth) < 1950 THEN 0.9 WHEN year(w.birth) < 1970 THEN 0.75 ELSE 0.55 END) AS marries,
        ${plusYears('ustart', `0.5 + 4.5 * ${r.u('marrywait', 'w_i')}`)} AS marry_at,
        ${r.u('split', 'w_i')} AS split_u,
        ${plusYears('ustart', `1.5 + 16 * ${r.u('splitwait', 'w_i')}`)} AS diss_at
      FROM arrived pairs JOIN person w ON w.i = pairs.w_i JOIN person m ON m.i = pairs.m_i
      WHERE ustart < coalesce(least(w.death, w.emig, m.death, m.emig), DATE '9999-12-31') AND ustart <= ${d.end}
    ),
    dissolved AS (
      SELECT *, CASE WHEN split_u < (CASE WHEN marries THEN 0.28 ELSE 0.45 END)
          AND (cap IS NULL OR diss_at < cap) AND diss_at <= ${d.end} THEN diss_at END AS diss
      FROM capped
    )
    SELECT row_number() OVER (ORDER BY w_i) - 1 AS ci, w_i, m_i, ustart,
      CASE WHEN marries AND marry_at < coalesce(least(diss, cap), DATE '9999-12-31') AND marry_at <= ${d.end} THEN marry_at END AS marry,
      diss,
      least(diss, cap) AS uend
    FROM dissolved ORDER BY w_i`);
  await ctx.db.run(`
    ALTER TABLE couple ADD COLUMN divorce DATE;
    UPDATE couple SET divorce = ${plusYears('diss', `1 + 0.5 * ${ctx.rng.u('divorcewait', 'w_i')}`)} WHERE diss IS NOT NULL AND marry IS NOT NULL`);
}

/**
 * Fathers are the mother's partner (97 % of the time, when he was alive nine months before the birth);
 * grandparents follow from the parents; the sibling is the eldest other child of the same mother.
 * Builds `kin(i, mother_i, father_i, ...)` for every person.
 */
async function linkFamilies(ctx: BuildContext): Promise<void> {
  const r = ctx.rng;
  await ctx.db.run(`
    CREATE OR REPLACE TABLE kin AS
    WITH f AS (
      SELECT mo.i, mo.mother_i, CASE WHEN ${r.u('father', 'mo.i')} < 0.97 AND (fa.death IS NULL OR fa.death >= kid.birth - 280)
        AND fa.birth + 15 * 365 < kid.birth THEN c.m_i END AS father_i
      FROM mother mo JOIN person kid ON kid.i = mo.i
      LEFT JOIN couple c ON c.w_i = mo.mother_i LEFT JOIN person fa ON fa.i = c.m_i
    ),
    sib AS (
      SELECT i, mother_i, row_number() OVER (PARTITION BY mother_i ORDER BY p.birth, i) AS nth FROM mother JOIN person p USING (i)
    ),
    sib1 AS (SELECT mother_i, max(CASE WHEN nth = 1 THEN i END) AS first_i, max(CASE WHEN nth = 2 THEN i END) AS second_i FROM sib WHERE nth <= 2 GROUP BY mother_i)
    SELECT p.i, f.mother_i, f.father_i,
      mf.mother_i AS mormor_i, mf.father_i AS morfar_i, ff.mother_i AS farmor_i, ff.father_i AS farfar_i,
      CASE WHEN sib1.first_i = p.i THEN sib1.second_i ELSE sib1.first_i END AS sibling_i
    FROM person p LEFT JOIN f ON f.i = p.i
    LEFT JOIN f mf ON mf.i = f.mother_i LEFT JOIN f ff ON ff.i = f.father_i
    LEFT JOIN sib1 ON sib1.mother_i = f.mother_i
    ORDER BY p.i`);
}

/** Builds mothers, couples and the kinship table (`mother`, `couple`, `kin`). */
export async function buildKinship(ctx: BuildContext): Promise<void> {
  await linkMothers(ctx);
  await formCouples(ctx);
  await linkFamilies(ctx);
  const [s] =
    await ctx.db.rows(`SELECT count(mother_i) AS mothers, count(father_i) AS fathers, (SELECT count(*) FROM couple) AS couples,
    (SELECT count(marry) FROM couple) AS married, (SELECT count(diss) FROM couple) AS split FROM kin`);
  ctx.log(
    `kinship: ${s?.mothers} with mother, ${s?.fathers} with father, ${s?.couples} couples (${s?.married} married, ${s?.split} split)`,
  );
}
