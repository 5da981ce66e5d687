import type { DisclosureConfig } from '../disclosure/config';
import type { SqlDatabase } from '../sql/database';
import { refuseUnlessAllowed } from './errors';
import {
  guardPopulation,
  POPULATION_HISTORY,
  POPULATION_INDEX,
  type PopulationCheck,
  rememberPopulation,
} from './population-guard';

/** A population about to be committed: a (quoted) table with `@unit`, and its unit type. */
export interface PopulationCandidate {
  table: string;
  unitType: string;
}

/**
 * The population rules (T1, DIFF) as the workspace calls them before it commits a rewrite that changes a
 * population. A seam, so tests and practice mode could swap it; the default is DISC's `population-guard.ts`.
 */
export interface PopulationGuard {
  /** Throws `EngineRefusal` when the candidate may not become a population. */
  check(candidate: PopulationCandidate): Promise<void>;
  /** Records a checked population so later ones are compared with it (`clear` does not forget it). */
  remember(candidate: PopulationCandidate): Promise<void>;
  /** Drops what it keeps. */
  dispose(): Promise<void>;
}

/** T1 and DIFF through `population-guard.ts`, remembering every accepted population in the database. */
export function defaultPopulationGuard(db: SqlDatabase, config: DisclosureConfig): PopulationGuard {
  const checks = new Map<string, PopulationCheck>();
  return {
    async check(candidate) {
      const check = await guardPopulation(db, { unitType: candidate.unitType, sql: candidate.table }, config);
      refuseUnlessAllowed(check.decision);
      checks.set(candidate.table, check);
    },
    async remember(candidate) {
      const check = checks.get(candidate.table);
      checks.delete(candidate.table);
      await rememberPopulation(db, { unitType: candidate.unitType, sql: candidate.table }, check);
    },
    async dispose() {
      checks.clear();
      await db.exec(`DROP TABLE IF EXISTS ${POPULATION_HISTORY}; DROP TABLE IF EXISTS ${POPULATION_INDEX};`);
    },
  };
}
