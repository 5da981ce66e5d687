import { checkChangedUnits } from '../disclosure/change-count';
import type { DisclosureConfig } from '../disclosure/config';
import { type Decision, strictest } from '../disclosure/decision';
import { checkDifferencing, type PopulationDifference } from '../disclosure/differencing';
import { invalidInput } from '../disclosure/inputs';
import { checkPopulationSize } from '../disclosure/population';
import { populationDifferenceSql } from '../disclosure/sql';
import type { SqlDatabase, SqlRow } from '../sql/database';
import { quoteIdent, quoteString } from '../sql/quote';
import { HIDDEN } from './hidden-columns';

/**
 * The population rules the runner applies before it commits a `DatasetRewrite` (T1, DIFF) or a
 * generate/replace/recode (T6). Each takes SQL relations with the hidden unit id column `@unit` and returns a
 * `Decision`; only counts leave DuckDB. Every population the workspace accepted is kept (distinct ids, each
 * distinct population once) in two hidden tables, so DIFF also sees populations a later `keep if` replaced:
 * the user has seen outputs from those too.
 */

/** A population as SQL: any relation with the `@unit` column (several rows per unit are fine: panels, events). */
export interface PopulationCandidate {
  unitType: string;
  /** A relation, e.g. a quoted table name or `(SELECT ...)`. */
  sql: string;
}

/** What `guardPopulation` found: the decision, and an identical earlier population if there is one. */
export interface PopulationCheck {
  decision: Decision;
  /** Id of an earlier population with exactly the same units (then `rememberPopulation` stores nothing). */
  identicalTo: number | null;
}

/** Hidden table: one row per remembered population. `@` cannot start a dataset name, so no clash. */
export const POPULATION_INDEX = quoteIdent('@population_index');
/** Hidden table: the distinct unit ids of each remembered population. */
export const POPULATION_HISTORY = quoteIdent('@population_history');

const unit = quoteIdent(HIDDEN.unit);

async function ensureHistory(db: SqlDatabase): Promise<void> {
  await db.exec(
    `CREATE TABLE IF NOT EXISTS ${POPULATION_INDEX} (population INTEGER, unit_type VARCHAR, units BIGINT);
     CREATE TABLE IF NOT EXISTS ${POPULATION_HISTORY} (population INTEGER, unit BIGINT);`,
  );
}

function count(row: SqlRow | undefined, column: string): number {
  const value = row?.[column];
  return typeof value === 'number' ? value : Number.NaN;
}

/** T1 on a population relation: distinct units, refused below the minimum; a unit without an id fails closed. */
export async function checkPopulationSizeOf(
  db: SqlDatabase,
  populationSql: string,
  config: DisclosureConfig,
): Promise<Decision> {
  const [row] = await db.query(
    `SELECT count(DISTINCT ${unit}) AS units, count(*) FILTER (WHERE ${unit} IS NULL) AS "noId" FROM ${populationSql}`,
  );
  if (count(row, 'noId') !== 0) return invalidInput('T1', config);
  return checkPopulationSize(count(row, 'units'), config);
}

/** DIFF against populations given as SQL relations (e.g. live datasets), one `populationDifferenceSql` each. */
export async function checkDifferencingOf(
  db: SqlDatabase,
  populationSql: string,
  earlierSqls: readonly string[],
  config: DisclosureConfig,
): Promise<Decision> {
  const differences: PopulationDifference[] = [];
  for (const earlier of earlierSqls) {
    const [row] = await db.query(
      populationDifferenceSql(`SELECT * FROM ${populationSql}`, `SELECT * FROM ${earlier}`, HIDDEN.unit),
    );
    differences.push({ onlyInNew: count(row, 'onlyInNew'), onlyInEarlier: count(row, 'onlyInEarlier') });
  }
  return checkDifferencing(differences, config);
}

/** How the new population differs from every remembered population of its unit type, in one pass. */
export async function differencesFromHistory(
  db: SqlDatabase,
  candidate: PopulationCandidate,
): Promise<(PopulationDifference & { population: number })[]> {
  await ensureHistory(db);
  const rows = await db.query(
    `WITH n AS (SELECT DISTINCT ${unit} AS unit FROM ${candidate.sql} WHERE ${unit} IS NOT NULL),
     total AS (SELECT count(*) AS units FROM n),
     earlier AS (SELECT population, units FROM ${POPULATION_INDEX} WHERE unit_type = ${quoteString(candidate.unitType)}),
     shared AS (
       SELECT h.population, count(*) AS units
       FROM ${POPULATION_HISTORY} AS h JOIN n ON h.unit = n.unit
       WHERE h.population IN (SELECT population FROM earlier)
       GROUP BY h.population)
     SELECT e.population,
       t.units - coalesce(s.units, 0) AS "onlyInNew",
       e.units - coalesce(s.units, 0) AS "onlyInEarlier"
     FROM earlier AS e CROSS JOIN total AS t LEFT JOIN shared AS s ON s.population = e.population
     ORDER BY e.population`,
  );
  return rows.map((r) => ({
    population: count(r, 'population'),
    onlyInNew: count(r, 'onlyInNew'),
    onlyInEarlier: count(r, 'onlyInEarlier'),
  }));
}

/**
 * T1 and DIFF for a population about to be committed: at least `population.minUnits` units, and against every
 * population of the same unit type the workspace accepted before, each side of the difference 0 or at least
 * `differencing.minUnits`. Call it on the rebuilt table before the swap; on refusal, drop the new table.
 */
export async function guardPopulation(
  db: SqlDatabase,
  candidate: PopulationCandidate,
  config: DisclosureConfig,
): Promise<PopulationCheck> {
  const size = await checkPopulationSizeOf(db, candidate.sql, config);
  if (size.outcome !== 'ok') return { decision: size, identicalTo: null };
  const differences = await differencesFromHistory(db, candidate);
  const identical = differences.find((d) => d.onlyInNew === 0 && d.onlyInEarlier === 0);
  return {
    decision: strictest(size, checkDifferencing(differences, config)),
    identicalTo: identical?.population ?? null,
  };
}

/**
 * Remembers an accepted population for later DIFF checks; call it after the swap, with SQL that reads the
 * committed table. A population identical to a remembered one is not stored again.
 */
export async function rememberPopulation(
  db: SqlDatabase,
  candidate: PopulationCandidate,
  check?: PopulationCheck,
): Promise<void> {
  const identicalTo =
    check?.identicalTo ??
    (await differencesFromHistory(db, candidate)).find((d) => d.onlyInNew === 0 && d.onlyInEarlier === 0)
      ?.population ??
    null;
  if (identicalTo !== null) return;
  await ensureHistory(db);
  const [row] = await db.query(`SELECT coalesce(max(population), 0) + 1 AS id FROM ${POPULATION_INDEX}`);
  const id = count(row, 'id');
  await db.exec(
    `INSERT INTO ${POPULATION_HISTORY} SELECT DISTINCT ${id}, ${unit} FROM ${candidate.sql} WHERE ${unit} IS NOT NULL;
     INSERT INTO ${POPULATION_INDEX}
       SELECT ${id}, ${quoteString(candidate.unitType)}, count(*) FROM ${POPULATION_HISTORY} WHERE population = ${id};`,
  );
}

/** What a generate, replace or recode is about to do: the dataset and which of its rows it assigns to. */
export interface Assignment {
  /** The dataset as a relation with `@unit`. */
  datasetSql: string;
  /**
   * A boolean SQL expression over the dataset's columns, true for rows the command assigns to: its `if`
   * condition (TRUE without one). NULL counts as false, as a missing `if` condition selects nothing. Not
   * whether the value changes: see shared/disclosure/CONTEXT.md on why that would be an oracle.
   */
  assignedSql: string;
}

/**
 * T6 for generate/replace/recode: the units assigned to, and the units left alone, are each 0 or at least
 * `change.minUnits`. On panels and event data the same holds for rows, so one unit-date cannot be singled out.
 */
export async function checkAssignment(
  db: SqlDatabase,
  assignment: Assignment,
  config: DisclosureConfig,
): Promise<Decision> {
  const assigned = `coalesce(CAST((${assignment.assignedSql}) AS BOOLEAN), false)`;
  const [row] = await db.query(
    `SELECT count(DISTINCT ${unit}) FILTER (WHERE ${assigned}) AS "changedUnits",
       count(DISTINCT ${unit}) AS "totalUnits",
       count(*) FILTER (WHERE ${assigned}) AS "changedRows",
       count(*) AS "totalRows"
     FROM ${assignment.datasetSql}`,
  );
  return strictest(
    checkChangedUnits({ changed: count(row, 'changedUnits'), total: count(row, 'totalUnits') }, config),
    checkChangedUnits({ changed: count(row, 'changedRows'), total: count(row, 'totalRows') }, config),
  );
}
