import { aliasedSelectList, cellKeySumSql, readCountCell } from '../../disclosure/sql';
import type { StepOf } from '../../lang/plan';
import { quoteIdent } from '../../sql/quote';
import { analysisSource, columnSql, KEY_SQL } from '../analysis/source';
import { stable } from '../analysis/stable';
import { winsorBounds, winsorizedSql } from '../analysis/winsor';
import type { EngineContext } from '../engine-context';
import { HIDDEN } from '../hidden-columns';
import type { CorrelationPair, RawCorrelation } from '../protect/correlation';

const w = (i: number) => quoteIdent(`w${i}`);

/**
 * `correlate var-list [if] [, covariance pairwise obs sig]`: Pearson correlations (or covariances) of winsorised
 * values, over the units with every value (listwise, the default) or with both values of each pair (`pairwise`).
 */
export async function correlate(step: StepOf<'correlate'>, ctx: EngineContext): Promise<undefined> {
  const source = analysisSource(ctx, step.dataset, step.condition);
  const names = step.variables.map((v) => v.name);
  const bounds = await winsorBounds(ctx, source.view, names);
  const inner = [
    `SELECT ${quoteIdent(HIDDEN.key)}, `,
    names.map((n, i) => `${winsorizedSql(columnSql(source.view, n), bounds.get(n))} AS ${w(i)}`).join(', '),
    ` FROM ${source.relation} AS "__src"`,
    step.options.pairwise
      ? ''
      : ` WHERE ${names.map((n) => `${columnSql(source.view, n)} IS NOT NULL`).join(' AND ')}`,
  ].join('');
  const pairs: [number, number][] = [];
  for (let i = 0; i < names.length; i++) for (let j = i; j < names.length; j++) pairs.push([i, j]);
  const select = pairs.map(([i, j], k) => {
    const both = `${w(i)} IS NOT NULL AND ${w(j)} IS NOT NULL`;
    return [
      aliasedSelectList(
        { units: `count(*) FILTER (WHERE ${both})`, keySum: cellKeySumSql(KEY_SQL, both) },
        `p${k}_`,
      ),
      i === j ? `1.0 AS "p${k}_r"` : `corr(${w(i)}, ${w(j)}) AS "p${k}_r"`,
      `covar_samp(${w(i)}, ${w(j)}) FILTER (WHERE ${both}) AS "p${k}_cov"`,
    ].join(', ');
  });
  const [row] = await ctx.db.query(`SELECT ${select.join(', ')} FROM (${inner}) AS "__t"`);
  const num = (v: unknown) => (v === null || v === undefined ? null : stable(Number(v)));
  const facts: CorrelationPair[] = pairs.map(([i, j], k) => {
    const count = readCountCell(row ?? {}, `p${k}_`);
    return { i, j, count, r: count.units > 1 ? num(row?.[`p${k}_r`]) : null, cov: num(row?.[`p${k}_cov`]) };
  });
  const raw: RawCorrelation = {
    kind: 'descriptive',
    family: 'correlation',
    line: step.line,
    command: step.kind,
    span: step.span,
    title: `correlate ${names.join(' ')}`,
    variables: names,
    pairs: facts,
    bounds: Object.fromEntries(bounds),
    covariance: step.options.covariance === true,
    obs: step.options.obs === true,
    sig: step.options.sig === true,
  };
  ctx.emit(raw);
}
