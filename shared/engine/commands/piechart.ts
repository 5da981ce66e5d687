import { aliasedSelectList, countCellSql, readCountCell } from '../../disclosure/sql';
import type { StepOf } from '../../lang/plan';
import { quoteIdent } from '../../sql/quote';
import { categoryCode, categoryLabel, compareCodes } from '../analysis/categories';
import { groupedQuery } from '../analysis/limits';
import { analysisSource, columnSql, KEY_SQL } from '../analysis/source';
import type { EngineContext } from '../engine-context';
import { HIDDEN } from '../hidden-columns';
import type { RawBars } from '../protect/chart-stats';

/** `piechart var [if] [, missing nolabels]`: one count cell per category, protected as a frequency table. */
export async function piechart(step: StepOf<'piechart'>, ctx: EngineContext): Promise<undefined> {
  const source = analysisSource(ctx, step.dataset, step.condition);
  const variable = step.variables[0]?.name ?? '';
  const col = columnSql(source.view, variable);
  const where = step.options.missing ? '' : ` WHERE ${col} IS NOT NULL`;
  const rows = await groupedQuery(
    ctx,
    `SELECT "c", ${aliasedSelectList(countCellSql(KEY_SQL), 'c_')} FROM (SELECT ${col} AS "c", ${quoteIdent(HIDDEN.key)} FROM ${source.relation} AS "__src"${where}) AS "__t" GROUP BY "c"`,
  );
  const cells = rows
    .map((r) => ({ code: categoryCode(r.c), count: readCountCell(r, 'c_') }))
    .sort((a, b) => compareCodes(a.code, b.code));
  const raw: RawBars = {
    kind: 'descriptive',
    family: 'bars',
    chart: 'pie',
    line: step.line,
    command: step.kind,
    span: step.span,
    title: `piechart ${variable}`,
    statistic: 'count',
    categories: cells.map((c) =>
      categoryLabel(source.view, variable, c.code, step.options.nolabels === true),
    ),
    series: [{ label: variable, bars: cells.map((c) => ({ variable, count: c.count })) }],
    bounds: {},
  };
  ctx.emit(raw);
}
