import { practiceLayout } from '../../shared/api/practice';
import type { Plan } from '../../shared/lang/plan';
import { quoteIdent, quoteString } from '../../shared/sql/quote';

/** One DuckDB database file of the practice datastore and the name it is attached under. */
export interface PracticeFile {
  /** Path relative to the practice base, e.g. `data/BEFOLKNING_KJOENN.duckdb`. */
  path: string;
  /** Database alias in SQL (unquoted). */
  alias: string;
}

/** The attached database file of a variable (table `data`). */
export function variableFile(name: string): PracticeFile {
  return { path: practiceLayout.variable(name), alias: `practice_data_${name}` };
}

/** The attached database file of a unit type's ids (table `units`). */
export function unitsFile(unitType: string): PracticeFile {
  return { path: practiceLayout.units(unitType), alias: `practice_units_${unitType.replace(/-/g, '_')}` };
}

/** SQL that attaches one practice file read-only, once, from the name the database knows it by. */
export function attachSql(file: PracticeFile, fileName: string): string {
  return `ATTACH IF NOT EXISTS ${quoteString(fileName)} AS ${quoteIdent(file.alias)} (READ_ONLY)`;
}

/**
 * The practice files a plan reads: the database of every register variable its steps name, and the unit ids
 * of every unit type those variables describe or point to. Found by walking the plan's data (register
 * variables are objects with `name`, `unitType` and `temporality`), so new commands need no change here.
 */
export function planFiles(plan: Plan): PracticeFile[] {
  const variables = new Set<string>();
  const unitTypes = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (
      typeof record.name === 'string' &&
      typeof record.unitType === 'string' &&
      typeof record.temporality === 'string'
    ) {
      variables.add(record.name);
      unitTypes.add(record.unitType);
      if (typeof record.pseudonymOf === 'string') unitTypes.add(record.pseudonymOf);
    }
    for (const child of Object.values(record)) visit(child);
  };
  visit(plan.steps);
  return [...[...unitTypes].sort().map(unitsFile), ...[...variables].sort().map(variableFile)];
}
