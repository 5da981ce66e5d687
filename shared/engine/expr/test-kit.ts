import type { ValueType } from '../../datastore/manifest';
import { functions } from '../../lang/functions/registry';
import type { TypedExpr } from '../../lang/plan';
import type { ColumnInfo, DatasetView } from '../dataset-view';

type Binary = Extract<TypedExpr, { kind: 'binary' }>;

/** Builders for typed expressions in tests, typed the way the checker types them. */
export const ex = {
  n: (value: number): TypedExpr => ({ kind: 'number', type: 'number', value }),
  s: (value: string): TypedExpr => ({ kind: 'string', type: 'string', value }),
  date: (iso: string): TypedExpr => ({
    kind: 'date',
    type: 'number',
    iso,
    days: Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000),
  }),
  miss: { kind: 'missing', type: 'missing' } as TypedExpr,
  col: (name: string, valueType: ValueType = 'decimal'): TypedExpr => ({
    kind: 'column',
    type: valueType === 'string' ? 'string' : 'number',
    name,
    valueType,
  }),
  neg: (operand: TypedExpr): TypedExpr => ({ kind: 'unary', type: 'number', op: '-', operand }),
  not: (operand: TypedExpr): TypedExpr => ({ kind: 'unary', type: 'number', op: '!', operand }),
  bin: (op: Binary['op'], left: TypedExpr, right: TypedExpr): TypedExpr => ({
    kind: 'binary',
    type: op === '++' ? 'string' : 'number',
    op,
    left,
    right,
  }),
  call: (name: string, ...args: TypedExpr[]): TypedExpr => {
    const spec = functions.get(name);
    if (!spec) throw new Error(`unknown function ${name}`);
    const type = spec.returns === 'first' ? (args[0]?.type ?? 'missing') : spec.returns;
    return { kind: 'call', type, function: name, args };
  },
};

/** A dataset view over a test table, with labels per variable. */
export function testView(
  table: string,
  columns: readonly ColumnInfo[],
  labels: Record<string, Record<string, string>> = {},
): DatasetView {
  return {
    name: table,
    table,
    unitType: 'person',
    shape: 'units',
    columns,
    labelsOf: (v) => (labels[v] ? new Map(Object.entries(labels[v])) : null),
  };
}

/** A variable of a test dataset. */
export function column(name: string, valueType: ValueType): ColumnInfo {
  return { name, valueType, codeList: null, pseudonymOf: null };
}

/** Equal within a relative tolerance for numbers (and exactly for everything else). */
export function close(actual: unknown, expected: unknown, tolerance = 1e-9): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
  }
  return actual === expected;
}

/** One row of a table-driven test: a name, the expression, and the value expected for each row of the table. */
export type ExprCase = [name: string, expr: TypedExpr, expected: readonly unknown[]];

/** The test table of the expression tests: a row of values and a row of missing values. */
export const TEST_TABLE_SQL = `
CREATE OR REPLACE TABLE t ("@unit" BIGINT, x DOUBLE, y DOUBLE, i BIGINT, s VARCHAR, d DATE, w VARCHAR);
INSERT INTO t VALUES
  (1, 2.5, -1, 7, 'Oslo', DATE '2020-02-29', '  a b '),
  (2, NULL, 0, NULL, NULL, NULL, NULL);`;

/** The view of `TEST_TABLE_SQL`, with labels on s and i. */
export const testTableView: DatasetView = testView(
  't',
  [
    column('x', 'decimal'),
    column('y', 'decimal'),
    column('i', 'integer'),
    column('s', 'string'),
    column('d', 'date'),
    column('w', 'string'),
  ],
  { s: { Oslo: 'Hovedstaden', Bergen: 'Vest' }, i: { '7': 'sju', '8': 'åtte' } },
);
