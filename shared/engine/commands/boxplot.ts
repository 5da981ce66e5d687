import type { StepOf } from '../../lang/plan';
import { quoteIdent } from '../../sql/quote';
import { categoryCode, categoryLabel, compareCodes } from '../analysis/categories';
import { quantileSelect, readQuantiles } from '../analysis/group-stats';
import { groupedQuery } from '../analysis/limits';
import { analysisSource, columnSql } from '../analysis/source';
import { winsorBounds, winsorizedSql } from '../analysis/winsor';
import type { EngineContext } from '../engine-context';
import type { RawBox } from '../protect/chart-stats';

/**
 * `boxplot var-list [if] [, over(var) by(var)]`: per variable (and by() value) one chart whose boxes are the
 * over() categories; quartiles of the winsorised values computed in DuckDB, whiskers from the T2 bounds.
 */
export async function boxplot(step: StepOf<'boxplot'>, ctx: EngineContext): Promise<undefined> {
  const source = analysisSource(ctx, step.dataset, step.condition);
  const names = step.variables.map((v) => v.name);
  const bounds = await winsorBounds(ctx, source.view, names);
  const { over, by } = step.options;
  const g = (name: string | undefined) => (name ? columnSql(source.view, name) : 'NULL');
  for (const variable of names) {
    const b = bounds.get(variable) ?? { lower: null, upper: null, units: 0 };
    const col = columnSql(source.view, variable);
    const filters = [`${col} IS NOT NULL`, ...[over, by].filter(Boolean).map((n) => `${g(n)} IS NOT NULL`)];
    const inner = `SELECT ${g(by)} AS "by", ${g(over)} AS "over", ${winsorizedSql(col, b)} AS "v" FROM ${source.relation} AS "__src" WHERE ${filters.join(' AND ')}`;
    const rows = await groupedQuery(
      ctx,
      `SELECT "by", "over", count(*) AS "n", ${quantileSelect('"v"', ['p25', 'p50', 'p75']).join(', ')} FROM (${inner}) AS ${quoteIdent('__t')} GROUP BY ALL`,
    );
    const byCodes = by ? [...new Set(rows.map((r) => categoryCode(r.by)))].sort(compareCodes) : [null];
    for (const byCode of byCodes) {
      const boxes = rows
        .filter((r) => categoryCode(r.by) === byCode)
        .map((r) => ({
          code: categoryCode(r.over),
          n: Number(r.n),
          q: readQuantiles(r, ['p25', 'p50', 'p75']),
        }))
        .sort((x, y) => compareCodes(x.code, y.code));
      const raw: RawBox = {
        kind: 'descriptive',
        family: 'box',
        line: step.line,
        command: step.kind,
        span: step.span,
        title: `boxplot ${variable}${by ? ` (${categoryLabel(source.view, by, byCode)})` : ''}`,
        variable,
        bounds: b,
        boxes: (boxes.length ? boxes : [{ code: null, n: 0, q: {} as Record<string, number | null> }]).map(
          (x) => ({
            label: over ? categoryLabel(source.view, over, x.code) : variable,
            units: x.n,
            q1: x.q.p25 ?? null,
            median: x.q.p50 ?? null,
            q3: x.q.p75 ?? null,
          }),
        ),
      };
      ctx.emit(raw);
    }
  }
}
