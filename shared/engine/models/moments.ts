import { Matrix } from 'ml-matrix';
import type { SqlDatabase, SqlRow } from '../../sql/database';
import { quoteNumber } from '../../sql/quote';
import { type Design, KEY_COLUMN } from './design';
import { modelError } from './errors';

const KEY_SPACE = '4294967296';

/** The sample relation: one row per observation with `x0..`, `y` (and the key), as a subquery. */
export function sampleSql(design: Design, extra: Record<string, string> = {}): string {
  const cols = design.columns.map((c, i) => `${c.sql} AS "x${i}"`);
  const more = Object.entries(extra).map(([alias, sql]) => `${sql} AS "${alias}"`);
  return `SELECT ${[...cols, `${design.dependent} AS "y"`, ...more, `${KEY_COLUMN} AS "k"`].join(', ')} ${design.fromWhere}`;
}

/** First pass over the sample: size, key sum, column means, and which columns hold only 0 and 1. */
export interface SampleFacts {
  n: number;
  keySum: number | null;
  means: number[];
  yMean: number;
  /** Per column: true when every value is 0 or 1 (dummies, binary regressors). */
  binary: boolean[];
  yBinary: boolean;
  yMin: number;
  yMax: number;
  /** Per column: true when the column is not constant in the sample. */
  varies: boolean[];
}

/** Reads the sample's facts in one aggregate query. */
export async function sampleFacts(db: SqlDatabase, design: Design): Promise<SampleFacts> {
  const k = design.columns.length;
  const list = [
    'count(*) AS "n"',
    `CAST(sum("k") % ${KEY_SPACE} AS BIGINT) AS "keySum"`,
    'avg("y") AS "ym"',
    'bool_and("y" = 0 OR "y" = 1) AS "yb"',
    'min("y") AS "ymin"',
    'max("y") AS "ymax"',
  ];
  for (let i = 0; i < k; i++) {
    list.push(`avg("x${i}") AS "m${i}"`, `bool_and("x${i}" = 0 OR "x${i}" = 1) AS "b${i}"`);
    list.push(`min("x${i}") < max("x${i}") AS "v${i}"`);
  }
  const [row] = await db.query(`SELECT ${list.join(', ')} FROM (${sampleSql(design)})`);
  if (!row || num(row.n) === 0)
    throw modelError(
      'model-no-observations',
      'Ingen enheter har verdier på alle variablene i modellen (og oppfyller if-betingelsen)',
      'No units have values on every variable of the model (and meet the if condition)',
    );
  return {
    n: num(row.n),
    keySum: row.keySum === null ? null : num(row.keySum),
    means: design.columns.map((_, i) => num(row[`m${i}`])),
    yMean: num(row.ym),
    binary: design.columns.map((_, i) => row[`b${i}`] === true),
    yBinary: row.yb === true,
    yMin: num(row.ymin),
    yMax: num(row.ymax),
    varies: design.columns.map((_, i) => row[`v${i}`] === true),
  };
}

/**
 * Shifts that make the sums numerically safe: with a constant every other column (and y) is centred on its
 * sample mean, which changes only the intercept (undone by `shiftTransform`); without one nothing is shifted.
 */
export function columnShifts(design: Design, facts: SampleFacts): { x: number[]; y: number } {
  if (!design.hasConstant) return { x: design.columns.map(() => 0), y: 0 };
  return { x: design.columns.map((c, i) => (c.kind === 'constant' ? 0 : facts.means[i]!)), y: facts.yMean };
}

/** SQL of the shifted column i (`x{i} − shift`). */
export function shifted(i: number, shifts: readonly number[]): string {
  const s = shifts[i]!;
  return s === 0 ? `"x${i}"` : `("x${i}" - ${quoteNumber(s)})`;
}

/** Σ w·zᵢ·zⱼ over the shifted columns (and y as the last row/column when `withY`), as one aggregate query. */
export async function crossProducts(
  db: SqlDatabase,
  relation: string,
  terms: readonly string[],
  weight: string | null,
): Promise<Matrix> {
  const k = terms.length;
  const list: string[] = [];
  const w = weight ? `${weight} * ` : '';
  for (let i = 0; i < k; i++)
    for (let j = i; j < k; j++) list.push(`sum(${w}${terms[i]} * ${terms[j]}) AS "c${i}_${j}"`);
  const [row] = await db.query(`SELECT ${list.join(', ')} FROM (${relation})`);
  return symmetricFrom(row, k, 'c');
}

/** Builds a symmetric matrix from `c{i}_{j}` aliases (i ≤ j). */
export function symmetricFrom(row: SqlRow | undefined, k: number, prefix: string): Matrix {
  const m = new Matrix(k, k);
  for (let i = 0; i < k; i++)
    for (let j = i; j < k; j++) {
      const v = num(row?.[`${prefix}${i}_${j}`] ?? 0);
      m.set(i, j, v);
      m.set(j, i, v);
    }
  return m;
}

/** A number from a SQL row value (NULL sums are 0). */
export function num(value: SqlRow[string] | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number(value);
}
