import { aliasedSelectList, countCellSql, readCountCell } from '../../disclosure/sql';
import type { StepOf } from '../../lang/plan';
import { quoteIdent } from '../../sql/quote';
import { categoryCode, categoryLabel, compareCodes } from '../analysis/categories';
import { groupedQuery } from '../analysis/limits';
import { analysisSource, columnSql, KEY_SQL } from '../analysis/source';
import type { EngineContext } from '../engine-context';
import { HIDDEN } from '../hidden-columns';
import type { RawSankey } from '../protect/chart';

const d = (i: number) => quoteIdent(`d${i}`);

/**
 * `sankey v1 v2 [v3 ...] [if] [, missing nolabels]`: flows between the categories of consecutive variables.
 * One GROUPING SETS query gives a count cell per flow (v_i, v_i+1) and per node (v_i); units missing any of
 * the variables are left out (unless `missing`), so every stage counts the same units.
 */
export async function sankey(step: StepOf<'sankey'>, ctx: EngineContext): Promise<undefined> {
  const source = analysisSource(ctx, step.dataset, step.condition);
  const names = step.variables.map((v) => v.name);
  const cols = names.map((n) => columnSql(source.view, n));
  const where = step.options.missing ? '' : ` WHERE ${cols.map((c) => `${c} IS NOT NULL`).join(' AND ')}`;
  const inner = `SELECT ${cols.map((c, i) => `${c} AS ${d(i)}`).join(', ')}, ${quoteIdent(HIDDEN.key)} FROM ${source.relation} AS "__src"${where}`;
  const flowSets = names.slice(1).map((_, i) => `(${d(i)}, ${d(i + 1)})`);
  const nodeSets = names.map((_, i) => `(${d(i)})`);
  const rows = await groupedQuery(
    ctx,
    `SELECT ${names.map((_, i) => `${d(i)}, GROUPING(${d(i)}) AS "g${i}"`).join(', ')}, ${aliasedSelectList(countCellSql(KEY_SQL), 'c_')} FROM (${inner}) AS "__t" GROUP BY GROUPING SETS (${[...flowSets, ...nodeSets].join(', ')})`,
  );
  const grouped = (r: (typeof rows)[number]) => names.map((_, i) => Number(r[`g${i}`]) === 0);
  const id = (stage: number, code: string | null) => `${stage}:${code ?? '.'}`;
  const nodes = rows
    .filter((r) => grouped(r).filter(Boolean).length === 1)
    .map((r) => {
      const stage = grouped(r).indexOf(true);
      const code = categoryCode(r[`d${stage}`]);
      return { stage, code, count: readCountCell(r, 'c_') };
    })
    .sort((a, b) => a.stage - b.stage || compareCodes(a.code, b.code));
  const links = rows
    .filter((r) => grouped(r).filter(Boolean).length === 2)
    .map((r) => {
      const stage = grouped(r).indexOf(true);
      const from = categoryCode(r[`d${stage}`]);
      const to = categoryCode(r[`d${stage + 1}`]);
      return { stage, from, to, count: readCountCell(r, 'c_') };
    })
    .sort((a, b) => a.stage - b.stage || compareCodes(a.from, b.from) || compareCodes(a.to, b.to));
  const nolabels = step.options.nolabels === true;
  const raw: RawSankey = {
    kind: 'descriptive',
    family: 'sankey',
    line: step.line,
    command: step.kind,
    span: step.span,
    title: `sankey ${names.join(' ')}`,
    nodes: nodes.map((n) => ({
      id: id(n.stage, n.code),
      label: `${names[n.stage]}: ${categoryLabel(source.view, names[n.stage] ?? '', n.code, nolabels)}`,
      count: n.count,
    })),
    links: links.map((l) => ({ source: id(l.stage, l.from), target: id(l.stage + 1, l.to), count: l.count })),
  };
  ctx.emit(raw);
}
