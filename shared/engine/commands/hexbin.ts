import { roundForT8 } from '../../disclosure/rounding';
import { aliasedSelectList, countCellSql, readCountCell } from '../../disclosure/sql';
import type { StepOf } from '../../lang/plan';
import { quoteIdent, quoteNumber } from '../../sql/quote';
import { analysisSource, columnSql, KEY_SQL } from '../analysis/source';
import { stable } from '../analysis/stable';
import { type WinsorBounds, winsorBounds, winsorizedSql } from '../analysis/winsor';
import type { EngineContext } from '../engine-context';
import { engineError } from '../errors';
import { HIDDEN } from '../hidden-columns';
import type { RawHexbin } from '../protect/chart';

const RADIUS = 1 / Math.sqrt(3);
const DY = 1.5 * RADIUS;

function domain(b: WinsorBounds, config: Parameters<typeof roundForT8>[1]): [number, number] {
  if (b.lower === null || b.upper === null) return [0, 1];
  const lo = roundForT8(b.lower, config);
  const hi = roundForT8(b.upper, config);
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}

/**
 * Hexagon of a point in grid units (x spans `gridSize` hexagon widths), as d3-hexbin assigns it, written in SQL:
 * the nearest row centre, then the nearer of the two candidate centres when the point lies in a corner zone.
 */
function hexSql(u: string, v: string): string {
  const dy = quoteNumber(DY);
  const base = `SELECT *, ${v} / ${dy} AS "py", round(${v} / ${dy}) AS "pj" FROM "__w"`;
  const second = `SELECT *, ${u} - (abs("pj") % 2) / 2 AS "px" FROM (${base})`;
  const third = `SELECT *, round("px") AS "pi", "py" - "pj" AS "py1" FROM (${second})`;
  const fourth = `SELECT *, "pi" + CASE WHEN "px" < "pi" THEN -0.5 ELSE 0.5 END AS "pi2", "pj" + CASE WHEN "py" < "pj" THEN -1 ELSE 1 END AS "pj2" FROM (${third})`;
  const swap = `abs("py1") * 3 > 1 AND ("px" - "pi") ^ 2 + "py1" ^ 2 > ("px" - "pi2") ^ 2 + ("py" - "pj2") ^ 2`;
  return `SELECT ${quoteIdent(HIDDEN.key)}, CASE WHEN ${swap} THEN "pi2" + CASE WHEN abs("pj") % 2 = 1 THEN 0.5 ELSE -0.5 END ELSE "pi" END AS "hi", CASE WHEN ${swap} THEN "pj2" ELSE "pj" END AS "hj" FROM (${fourth})`;
}

/** `hexbin y x [if] [, gridsize(n)]`: counts of winsorised points per hexagon; never single points. */
export async function hexbin(step: StepOf<'hexbin'>, ctx: EngineContext): Promise<undefined> {
  const [yName, xName] = step.variables.map((v) => v.name) as [string, string];
  const gridSize = step.options.gridsize ?? 20;
  if (gridSize < 1 || gridSize > 200)
    throw engineError(
      'bad-gridsize',
      'gridsize() må være mellom 1 og 200.',
      'gridsize() must be between 1 and 200.',
    );
  const source = analysisSource(ctx, step.dataset, step.condition);
  const bounds = await winsorBounds(ctx, source.view, [xName, yName]);
  const bx = bounds.get(xName) ?? { lower: null, upper: null, units: 0 };
  const by = bounds.get(yName) ?? { lower: null, upper: null, units: 0 };
  const xd = domain(bx, ctx.disclosure);
  const yd = domain(by, ctx.disclosure);
  const scaled = (col: string, b: WinsorBounds, d: [number, number]) =>
    `(${winsorizedSql(columnSql(source.view, col), b)} - ${quoteNumber(d[0])}) / ${quoteNumber(d[1] - d[0])} * ${gridSize}`;
  const w = `SELECT ${quoteIdent(HIDDEN.key)}, ${scaled(xName, bx, xd)} AS "u", ${scaled(yName, by, yd)} AS "v" FROM ${source.relation} AS "__src" WHERE ${columnSql(source.view, xName)} IS NOT NULL AND ${columnSql(source.view, yName)} IS NOT NULL`;
  const rows = await ctx.db.query(
    `WITH "__w" AS (${w}) SELECT "hi", "hj", ${aliasedSelectList(countCellSql(KEY_SQL), 'c_')} FROM (${hexSql('"u"', '"v"')}) AS "__h" GROUP BY "hi", "hj" ORDER BY "hj", "hi"`,
  );
  const raw: RawHexbin = {
    kind: 'descriptive',
    family: 'hexbin',
    line: step.line,
    command: step.kind,
    span: step.span,
    title: `hexbin ${yName} ${xName}`,
    x: xName,
    y: yName,
    bounds: { x: bx, y: by },
    xDomain: xd,
    yDomain: yd,
    gridSize,
    radius: RADIUS,
    hexagons: rows.map((r) => {
      const hi = Number(r.hi);
      const hj = Number(r.hj);
      const cx = hi + (Math.abs(hj) % 2) / 2;
      return {
        x: stable(xd[0] + (cx / gridSize) * (xd[1] - xd[0])) ?? 0,
        y: stable(yd[0] + ((hj * DY) / gridSize) * (yd[1] - yd[0])) ?? 0,
        count: readCountCell(r, 'c_'),
      };
    }),
  };
  ctx.emit(raw);
}
