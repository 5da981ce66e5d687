import type { SqlRow } from '../../sql/database';
import type { EngineContext } from '../engine-context';
import { engineError } from '../errors';

/** The most groups (cells, categories, boxes, flows) one output may have. */
export const MAX_CELLS = 100_000;

/**
 * Runs a grouped query that must not return more than `MAX_CELLS` rows. A grouping by a variable with (nearly)
 * one value per unit would be refused by T5 or useless anyway; this stops it before the rows reach JavaScript.
 */
export async function groupedQuery(ctx: EngineContext, sql: string): Promise<SqlRow[]> {
  const rows = await ctx.db.query(`SELECT * FROM (${sql}) AS "__limited" LIMIT ${MAX_CELLS + 1}`);
  if (rows.length > MAX_CELLS)
    throw engineError(
      'too-many-groups',
      `Resultatet får mer enn ${MAX_CELLS} grupper; grupper variabelen først (f.eks. med recode).`,
      `The result would have more than ${MAX_CELLS} groups; group the variable first (e.g. with recode).`,
    );
  return rows;
}
