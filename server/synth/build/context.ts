import path from 'node:path';
import type { VariableFact } from '../catalog/facts';
import type { ReferenceLists } from '../codelists/reference-lists';
import type { Duck } from '../duck';
import type { SynthParams } from '../plan/options';
import { Rng } from '../sql/random';

/** What every build stage gets: the database, randomness, parameters, code lists and facts. */
export interface BuildContext {
  db: Duck;
  rng: Rng;
  params: SynthParams;
  lists: ReferenceLists;
  facts: Map<string, VariableFact>;
  log: (message: string) => void;
  /** Folder for intermediate Parquet files (big sorted tables are cheaper to write as Parquet than as DuckDB tables). */
  workDir: string;
}

/** Creates the context for a run. */
export function buildContext(
  db: Duck,
  params: SynthParams,
  lists: ReferenceLists,
  facts: VariableFact[],
  log: (message: string) => void,
  workDir: string,
): BuildContext {
  return {
    db,
    rng: new Rng(params.seed),
    params,
    lists,
    facts: new Map(facts.map((f) => [f.name, f])),
    log,
    workDir,
  };
}

/**
 * Materialises a big table as a Parquet file (sorted by `orderBy` when given) and exposes it as a view of that name.
 * Writing Parquet is several times faster than DuckDB's own compressed storage, and a single-file scan
 * keeps the order, which the variable writers rely on.
 */
export async function materialize(
  ctx: BuildContext,
  name: string,
  select: string,
  orderBy: string | null,
): Promise<void> {
  const file = path.join(ctx.workDir, `${name}.parquet`).replaceAll("'", "''");
  const sorted = orderBy ? `SELECT * FROM (${select}) ORDER BY ${orderBy}` : select;
  await ctx.db.run(`COPY (${sorted}) TO '${file}' (FORMAT parquet, COMPRESSION zstd)`);
  await ctx.db.run(`CREATE VIEW ${name} AS SELECT * FROM read_parquet('${file}')`);
}

/** Key dates of a run as SQL literals. */
export function dates(params: SynthParams) {
  return {
    /** First day of the range. */
    start: `DATE '${params.from}-01-01'`,
    /** Last day of the range. */
    end: `DATE '${params.to}-12-31'`,
    /** Reference date: persons alive and resident here number about `persons`. */
    ref: `DATE '${params.to + 1}-01-01'`,
  };
}

/** SQL: is a person (columns birth, immig, death, emig) resident on `day`? */
export function residentOn(day: string, alias = ''): string {
  const a = alias ? `${alias}.` : '';
  return `(${a}birth <= ${day} AND (${a}immig IS NULL OR ${a}immig <= ${day}) AND (${a}death IS NULL OR ${a}death > ${day}) AND (${a}emig IS NULL OR ${a}emig > ${day}))`;
}

/**
 * SQL: for each row of a spell table, the years whose month-day `md` ('01-01', '11-16', ...) falls in the
 * spell, within `years` (first, last), as rows (the spell's columns plus `y`). Turns "the spell in force on that day of each year" into
 * an equality join on (i, y), much cheaper than an ASOF join that carries wide rows.
 */
export function spellYears(
  table: string,
  start: string,
  stop: string,
  md: [number, number],
  columns: string,
  years: [number, number],
): string {
  const [m, d] = md;
  const first = `year(${start}) + (${start} > make_date(year(${start}), ${m}, ${d}))::INTEGER`;
  const end = `coalesce(${stop}, DATE '2999-12-31')`;
  const last = `year(${end}) - (${end} < make_date(year(${end}), ${m}, ${d}))::INTEGER`;
  return `SELECT ${columns}, unnest(range(greatest(${first}, ${years[0]}), least(${last}, ${years[1]}) + 1)) AS y FROM ${table}`;
}

/** SQL: the date `years` (fractional) after `day`. */
export function plusYears(day: string, years: string): string {
  return `(${day} + (round((${years}) * 365.25))::INTEGER)`;
}
