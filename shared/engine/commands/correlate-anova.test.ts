import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDatabase } from '../../../server/duckdb/native-database';
import { perturbCount } from '../../disclosure/cell-key';
import { defaultDisclosureConfig as config } from '../../disclosure/config';
import type { StepOf } from '../../lang/plan';
import type { SqlDatabase } from '../../sql/database';
import { fUpperTail } from '../analysis/distributions';
import { keySumOf, seeded, type7 } from '../analysis/test-data';
import { descriptiveFixture, type FixtureRow } from '../analysis/test-fixture';
import type { Output } from '../output';
import type { PublishedTable } from '../outputs/table';
import { anova } from './anova';
import { correlate } from './correlate';

// 150 units: x uniform, y = 2x + noise (missing for every 10th unit), g in three groups, h with a 6-unit level.
const next = seeded(5);
const rows: FixtureRow[] = Array.from({ length: 150 }, (_, i) => {
  const x = Math.round(next() * 1000) / 10;
  const g = ['a', 'b', 'c'][i % 3] as string;
  return {
    unit: i + 1,
    key: Math.floor(next() * 2 ** 32),
    values: {
      x,
      y: i % 10 === 0 ? null : Math.round((2 * x + next() * 40 + (g === 'b' ? 15 : 0)) * 10) / 10,
      g,
      h: i < 6 ? 'rare' : 'common',
    },
  };
});

const winsorised = (name: string) => {
  const values = rows.map((r) => r.values[name]).filter((v): v is number => typeof v === 'number');
  const lo = type7(values, 0.01);
  const hi = type7(values, 0.99);
  return (v: number) => Math.min(hi, Math.max(lo, v));
};

function pearson(a: number[], b: number[]): number {
  const ma = a.reduce((s, v) => s + v, 0) / a.length;
  const mb = b.reduce((s, v) => s + v, 0) / b.length;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  a.forEach((v, i) => {
    const d = (b[i] as number) - mb;
    sab += (v - ma) * d;
    saa += (v - ma) ** 2;
    sbb += d * d;
  });
  return sab / Math.sqrt(saa * sbb);
}

const tableOf = (outputs: Output[]): PublishedTable => {
  const out = outputs.at(-1);
  if (out?.kind !== 'table') throw new Error(`expected a table, got ${JSON.stringify(out)}`);
  return out.table;
};
const envelope = { line: 1, span: { start: 0, end: 1 }, dataset: 'ds', condition: null };

describe('correlate and anova (native)', () => {
  let db: SqlDatabase;
  beforeAll(async () => {
    db = await openNativeDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  const fixture = () =>
    descriptiveFixture(db, [
      {
        name: 'ds',
        columns: [
          { name: 'x', type: 'DOUBLE' },
          { name: 'y', type: 'DOUBLE' },
          { name: 'g', type: 'VARCHAR' },
          { name: 'h', type: 'VARCHAR' },
        ],
        rows,
      },
    ]);

  it('matches a hand-computed Pearson r of winsorised values, with a perturbed N and p from it', async () => {
    const { ctx, outputs } = await fixture();
    const step: StepOf<'correlate'> = {
      kind: 'correlate',
      ...envelope,
      variables: [
        { name: 'x', type: 'number' },
        { name: 'y', type: 'number' },
      ],
      options: { obs: true, sig: true },
    };
    await correlate(step, ctx);
    const t = tableOf(outputs);
    const both = rows.filter((r) => r.values.y !== null);
    const wx = winsorised('x');
    const wy = winsorised('y');
    const r = pearson(
      both.map((u) => wx(u.values.x as number)),
      both.map((u) => wy(u.values.y as number)),
    );
    expect(t.columns.map((c) => c.key)).toEqual(['0:r', '0:n', '0:p', '1:r', '1:n', '1:p']);
    expect(t.rows[0]?.cells[3]?.value).toBeCloseTo(r, 9);
    expect(t.rows[1]?.cells[0]?.value).toBeCloseTo(r, 9);
    expect(t.rows[0]?.cells[0]?.value).toBe(1);
    const n = perturbCount({ units: both.length, keySum: keySumOf(both.map((u) => u.key)) }, config);
    expect(t.rows[0]?.cells[4]?.value).toBe(n.outcome === 'ok' ? n.value : -1);
    expect(t.rows[0]?.cells[5]?.value).toBeLessThan(1e-10);
  });

  it('matches a hand-computed one-way F and refuses a factor level with too few units (MODEL)', async () => {
    const { ctx, outputs } = await fixture();
    const step: StepOf<'anova'> = {
      kind: 'anova',
      ...envelope,
      dependent: { name: 'y', type: 'number' },
      factors: [{ name: 'g', type: 'string' }],
    };
    await anova(step, ctx);
    const t = tableOf(outputs);
    const wy = winsorised('y');
    const used = rows.filter((r) => r.values.y !== null);
    const ys = used.map((r) => wy(r.values.y as number));
    const mean = ys.reduce((s, v) => s + v, 0) / ys.length;
    let between = 0;
    let within = 0;
    for (const g of ['a', 'b', 'c']) {
      const group = used.filter((r) => r.values.g === g).map((r) => wy(r.values.y as number));
      const m = group.reduce((s, v) => s + v, 0) / group.length;
      between += group.length * (m - mean) ** 2;
      within += group.reduce((s, v) => s + (v - m) ** 2, 0);
    }
    const n = t.rows.find((r) => r.header[0] === 'N')?.cells[0]?.value as number;
    expect(Math.abs(n - used.length)).toBeLessThanOrEqual(config.cellKey.maxDeviation);
    const g = t.rows.find((r) => r.header[0] === 'g')?.cells ?? [];
    expect(g[0]?.value).toBeCloseTo(between, 6);
    expect(g[1]?.value).toBe(2);
    const f = between / 2 / (within / (n - 3));
    expect(g[3]?.value).toBeCloseTo(f, 6);
    expect(g[4]?.value).toBeCloseTo(fUpperTail(f, 2, n - 3), 9);
    expect(t.rows.find((r) => r.header[0] === 'Residual')?.cells[0]?.value).toBeCloseTo(within, 6);

    await anova({ ...step, factors: [{ name: 'h', type: 'string' }] }, ctx);
    expect(outputs.at(-1)).toMatchObject({ kind: 'refusal', rule: 'MODEL', code: 'model-small-level' });
  });
});
