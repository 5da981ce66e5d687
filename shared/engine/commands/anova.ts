import { aliasedSelectList, countCellSql, readCountCell } from '../../disclosure/sql';
import type { StepOf } from '../../lang/plan';
import { quoteIdent } from '../../sql/quote';
import { type AnovaCombo, anovaSums } from '../analysis/anova-fit';
import { categoryCode, categoryLabel, compareCodes } from '../analysis/categories';
import { groupedQuery } from '../analysis/limits';
import { analysisSource, columnSql, KEY_SQL } from '../analysis/source';
import { stable } from '../analysis/stable';
import { winsorBounds, winsorizedSql } from '../analysis/winsor';
import type { EngineContext } from '../engine-context';
import { HIDDEN } from '../hidden-columns';
import type { RawAnova } from '../protect/anova';

const f = (i: number) => quoteIdent(`f${i}`);

/**
 * `anova y factor-list [if]`: main-effects analysis of variance of the winsorised outcome. DuckDB returns the
 * counts and centred sums per combination of levels (and a count cell per level); the fit needs only those.
 */
export async function anova(step: StepOf<'anova'>, ctx: EngineContext): Promise<undefined> {
  const source = analysisSource(ctx, step.dataset, step.condition);
  const y = step.dependent.name;
  const bounds = (await winsorBounds(ctx, source.view, [y])).get(y) ?? { lower: null, upper: null, units: 0 };
  const factors = step.factors.map((c) => c.name);
  const all = factors.map((_, i) => f(i));
  const notNull = [y, ...factors].map((n) => `${columnSql(source.view, n)} IS NOT NULL`).join(' AND ');
  const inner = `SELECT ${factors.map((n, i) => `${columnSql(source.view, n)} AS ${f(i)}`).join(', ')}, ${quoteIdent(HIDDEN.key)}, ${winsorizedSql(columnSql(source.view, y), bounds)} AS "y" FROM ${source.relation} AS "__src" WHERE ${notNull}`;
  const centred = `SELECT *, "y" - avg("y") OVER () AS "yc" FROM (${inner})`;
  // One factor: its own set is the full set, listed once (a repeated grouping set repeats its rows).
  const sets = [...new Set([`(${all.join(', ')})`, ...all.map((c) => `(${c})`), '()'])];
  const sql = [
    `SELECT ${all.map((c, i) => `${c}, GROUPING(${c}) AS "g${i}"`).join(', ')}, ${aliasedSelectList(countCellSql(KEY_SQL), 'c_')},`,
    `sum("yc") AS "s1", sum("yc" * "yc") AS "s2" FROM (${centred}) AS "__t" GROUP BY GROUPING SETS (${sets.join(', ')})`,
  ].join('\n');
  const rows = await groupedQuery(ctx, sql);
  const grouped = (r: (typeof rows)[number], i: number) => Number(r[`g${i}`]) === 0;
  const levelCodes = factors.map((_, i) =>
    rows
      .filter((r) => grouped(r, i) && factors.every((__, j) => j === i || !grouped(r, j)))
      .map((r) => ({ code: categoryCode(r[`f${i}`]), count: readCountCell(r, 'c_') }))
      .sort((a, b) => compareCodes(a.code, b.code)),
  );
  const combos: AnovaCombo[] = rows
    .filter((r) => factors.every((_, i) => grouped(r, i)))
    .map((r) => ({
      levels: factors.map(
        (_, i) => levelCodes[i]?.findIndex((l) => l.code === categoryCode(r[`f${i}`])) ?? -1,
      ),
      n: Number(r.c_units),
      s1: Number(r.s1),
      s2: Number(r.s2),
    }));
  const totalRow = rows.find((r) => factors.every((_, i) => !grouped(r, i)));
  const sums = anovaSums(
    combos,
    levelCodes.map((l) => l.length),
  );
  const raw: RawAnova = {
    kind: 'descriptive',
    family: 'anova',
    line: step.line,
    command: step.kind,
    span: step.span,
    title: `anova ${y} ${factors.join(' ')}`,
    dependent: y,
    bounds,
    factors: factors.map((name, i) => ({
      name,
      levels: (levelCodes[i] ?? []).map((l) => ({
        label: categoryLabel(source.view, name, l.code),
        count: l.count,
      })),
    })),
    total: totalRow ? readCountCell(totalRow, 'c_') : { units: 0, keySum: null },
    sums: {
      ...sums,
      total: stable(sums.total) ?? 0,
      model: stable(sums.model) ?? 0,
      residual: stable(sums.residual) ?? 0,
      factors: sums.factors.map((s) => stable(s) ?? 0),
    },
  };
  ctx.emit(raw);
}
