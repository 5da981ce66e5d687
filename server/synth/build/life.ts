import { type BuildContext, plusYears } from './context';

/**
 * Builds `life(i, entry, exit, moveout, z)`: when a person entered Norway (birth or immigration), left it
 * (death or emigration, null while still here), moved away from home, and an ability score `z` that is
 * partly inherited from the parents (so parents' and children's education and income correlate).
 */
export async function buildLife(ctx: BuildContext): Promise<void> {
  const r = ctx.rng;
  await ctx.db.run(`
    CREATE OR REPLACE TABLE life AS
    SELECT p.i, coalesce(p.immig, p.birth) AS entry, least(p.death, p.emig) AS exit,
      ${plusYears('p.birth', `18.5 + 4 * ${r.u('moveout', 'p.i')}`)} AS moveout,
      CASE WHEN mo.zbase IS NULL AND fa.zbase IS NULL THEN p.zbase
           ELSE (p.zbase + 0.6 * coalesce((mo.zbase + fa.zbase) / 2, mo.zbase, fa.zbase)) / sqrt(1.36) END AS z
    FROM person p JOIN kin k USING (i)
    LEFT JOIN person mo ON mo.i = k.mother_i LEFT JOIN person fa ON fa.i = k.father_i
    ORDER BY p.i`);
}
