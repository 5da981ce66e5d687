import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Term } from '../../lang/command-kit/model';
import type { SqlDatabase, SqlValue } from '../../sql/database';
import type { Output } from '../output';
import type { PublishedTable } from '../outputs/table';
import { type FixtureContext, fixtureContext } from '../workspace-fixture';

/** Where the model fixtures (CSV data, R script, reference values) live. */
export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../../../test/fixtures/models');

/** Reference values written by `make-fixtures.R`, by model name. */
export type Reference = Record<
  string,
  {
    coef: Record<string, number>;
    se: Record<string, number>;
    [stat: string]: unknown;
  }
>;

/** The reference values. */
export function reference(): Reference {
  return JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'reference.json'), 'utf8')) as Reference;
}

const STRING_COLUMNS = new Set(['kjonn']);
const DECIMAL_COLUMNS = new Set(['utd', 'lonn', 'z', 'xendog', 'yiv', 'varighet', 'x1', 'x2', 'y', 'y2']);

function readCsv(file: string): { columns: string[]; rows: Record<string, SqlValue>[] } {
  const [head, ...lines] = readFileSync(path.join(FIXTURE_DIR, file), 'utf8').trim().split('\n');
  const columns = head!.split(',');
  const rows = lines.map((line) => {
    const cells = line.split(',');
    const row: Record<string, SqlValue> = {};
    columns.forEach((c, i) => {
      const raw = cells[i] ?? '';
      const name = c === 'unit' ? '@unit' : c === 'key' ? '@key' : c;
      row[name] = raw === '' ? null : STRING_COLUMNS.has(c) ? raw : Number(raw);
    });
    return row;
  });
  return { columns: columns.filter((c) => c !== 'unit' && c !== 'key'), rows };
}

/** An engine context with the fixture datasets `persons` (1000 units) and `panel` (200 units × 5 years). */
export async function modelFixture(
  db: SqlDatabase,
  use: 'persons' | 'panel' = 'persons',
): Promise<FixtureContext> {
  const typed = (columns: string[]) =>
    Object.fromEntries(
      columns.map((c) => [
        c,
        STRING_COLUMNS.has(c) ? 'string' : DECIMAL_COLUMNS.has(c) ? 'decimal' : 'integer',
      ]),
    ) as Record<string, 'string' | 'decimal' | 'integer'>;
  const persons = readCsv('persons.csv');
  const panel = readCsv('panel.csv');
  return fixtureContext(db, {
    datasets: [
      { name: 'persons', columns: typed(persons.columns), rows: persons.rows },
      { name: 'panel', columns: typed(panel.columns), rows: panel.rows },
    ],
    use,
  });
}

/** Model terms from a short spec like `alder i.kjonn c.alder##i.kjonn` (string variables: `kjonn`). */
export function termsOf(spec: string): Term[] {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const interaction = word.includes('##') ? '##' : word.includes('#') ? '#' : null;
      const factors = word.split(/##|#/).map((part) => {
        const m = /^(i|c)\.(.+)$/.exec(part);
        const name = m ? m[2]! : part;
        return {
          name,
          type: STRING_COLUMNS.has(name) ? ('string' as const) : ('number' as const),
          prefix: m ? (m[1] as 'i' | 'c') : null,
        };
      });
      return { factors, interaction };
    });
}

/** A published table of the outputs by title suffix (the coefficient table has the plain title). */
export function tableOf(outputs: readonly Output[], index = 0): PublishedTable {
  const tables = outputs.filter((o) => o.kind === 'table');
  const out = tables[index];
  if (out?.kind !== 'table') throw new Error(`no table ${index} in ${JSON.stringify(outputs)}`);
  return out.table;
}

/** Column `key` of a published table by row label. */
export function columnOf(table: PublishedTable, key: string): Record<string, number | null> {
  const i = table.columns.findIndex((c) => c.key === key);
  return Object.fromEntries(table.rows.map((r) => [String(r.header[0]), r.cells[i]?.value ?? null]));
}

/** Asserts relative agreement of every named value, with a readable failure. */
export function expectClose(
  actual: Record<string, number | null>,
  expected: Record<string, number>,
  relative: number,
): void {
  const problems: string[] = [];
  for (const [name, want] of Object.entries(expected)) {
    const got = actual[name];
    if (got === null || got === undefined) problems.push(`${name}: missing (want ${want})`);
    else if (Math.abs(got - want) > relative * Math.max(Math.abs(want), 1e-12))
      problems.push(`${name}: got ${got}, want ${want}`);
  }
  const extra = Object.keys(actual).filter((k) => !(k in expected));
  if (extra.length > 0) problems.push(`unexpected rows: ${extra.join(', ')}`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
