import { type CountCell, perturbCount } from '../../disclosure/cell-key';
import type { DisclosureConfig } from '../../disclosure/config';
import { allow, type Decision } from '../../disclosure/decision';
import { checkOutputShape } from '../../disclosure/listing';
import type { MagnitudeCell } from '../../disclosure/magnitude';
import { checkLowCellShare } from '../../disclosure/table';
import { checkWinsorBasis } from '../../disclosure/winsor';
import type { WinsorBounds } from '../analysis/winsor';
import type { Output } from '../output';
import type { Cell } from '../outputs/cell';
import type { PublishedChart } from '../outputs/chart';
import { cellOf, derivedCell, firstRefusal, refusalOutput } from './cells';
import type { RawEnvelope } from './raw-envelope';
import { statisticCell } from './volume-cell';

/** Raw histogram: one count cell per bin (edges from the T2 bounds), per `by()` group. */
export interface RawHistogram extends RawEnvelope {
  kind: 'descriptive';
  family: 'histogram';
  title: string;
  variable: string;
  bounds: WinsorBounds;
  scale: 'density' | 'frequency' | 'fraction' | 'percent';
  normal: boolean;
  groups: {
    label: string | null;
    bins: { from: number; to: number; count: CountCell }[];
    /** For the normal curve: the group's magnitude cell and sd of winsorised values. */
    magnitude: MagnitudeCell;
    sd: number | null;
  }[];
}

/** Raw hexbin: one count cell per hexagon of winsorised values, centres in data units. */
export interface RawHexbin extends RawEnvelope {
  kind: 'descriptive';
  family: 'hexbin';
  title: string;
  x: string;
  y: string;
  bounds: { x: WinsorBounds; y: WinsorBounds };
  xDomain: [number, number];
  yDomain: [number, number];
  gridSize: number;
  radius: number;
  hexagons: { x: number; y: number; count: CountCell }[];
}

/** Raw Sankey diagram: a count cell per node and per flow between consecutive variables. */
export interface RawSankey extends RawEnvelope {
  kind: 'descriptive';
  family: 'sankey';
  title: string;
  nodes: { id: string; label: string; count: CountCell }[];
  links: { source: string; target: string; count: CountCell }[];
}

const chartOutput = (raw: RawEnvelope, title: string, chart: PublishedChart): Output => ({
  line: raw.line,
  command: raw.command,
  span: raw.span,
  kind: 'chart',
  title,
  chart,
});

function refusalOf(raw: RawEnvelope, config: DisclosureConfig, counts: number[], ...more: Decision[]) {
  const refusal = firstRefusal(
    checkOutputShape('binned', config),
    ...more,
    checkLowCellShare(counts, config),
  );
  return refusal ? [refusalOutput(raw, refusal)] : null;
}

/**
 * Histograms: T2 on the variable, T5 on each group's bins, CK on every bin; heights on other scales come from
 * the published counts (over their published sum), and the normal curve from the protected mean and sd.
 */
export function protectHistogram(raw: RawHistogram, config: DisclosureConfig): Output[] {
  const t2 = checkWinsorBasis(raw.bounds.units, config);
  if (t2.outcome === 'refuse') return [refusalOutput(raw, t2)];
  const outputs: Output[] = [];
  for (const group of raw.groups) {
    const refused = refusalOf(
      raw,
      config,
      group.bins.map((b) => b.count.units),
    );
    if (refused) {
      outputs.push(...refused);
      continue;
    }
    const counts = group.bins.map((b) => cellOf(perturbCount(b.count, config), 'count'));
    const total = counts.reduce((s, c) => s + (c.value ?? 0), 0);
    const bins = group.bins.map((b, i) => {
      const count = counts[i] as Cell;
      if (raw.scale === 'frequency') return { from: b.from, to: b.to, count };
      const share = count.value === null || total === 0 ? null : count.value / total;
      const value =
        share === null
          ? null
          : raw.scale === 'fraction'
            ? share
            : raw.scale === 'percent'
              ? 100 * share
              : share / (b.to - b.from);
      return {
        from: b.from,
        to: b.to,
        count,
        value: derivedCell(value, raw.scale === 'percent' ? 'percent' : 'number', 'CK', count.code),
      };
    });
    const volume = { variable: raw.variable, bounds: raw.bounds };
    const normal = raw.normal
      ? {
          mean: statisticCell('mean', { magnitude: group.magnitude }, volume, config),
          sd: statisticCell('sd', { magnitude: group.magnitude, sd: group.sd }, volume, config),
        }
      : undefined;
    const title = group.label === null ? raw.title : `${raw.title} (${group.label})`;
    outputs.push(
      chartOutput(raw, title, {
        type: 'histogram',
        variable: raw.variable,
        bins,
        scale: raw.scale,
        ...(normal ? { normal } : {}),
      }),
    );
  }
  return outputs;
}

/** Hexbin: T2 on both variables, T5 on the hexagons, CK on each; empty hexagons are not drawn. */
export function protectHexbin(raw: RawHexbin, config: DisclosureConfig): Output[] {
  const refused = refusalOf(
    raw,
    config,
    raw.hexagons.map((h) => h.count.units),
    checkWinsorBasis(raw.bounds.x.units, config),
    checkWinsorBasis(raw.bounds.y.units, config),
  );
  if (refused) return refused;
  return [
    chartOutput(raw, raw.title, {
      type: 'hexbin',
      x: raw.x,
      y: raw.y,
      radius: raw.radius,
      hexagons: raw.hexagons.map((h) => ({
        x: h.x,
        y: h.y,
        count: cellOf(perturbCount(h.count, config), 'count'),
      })),
      xDomain: raw.xDomain,
      yDomain: raw.yDomain,
      gridSize: raw.gridSize,
    }),
  ];
}

/** Sankey: T5 on the flows' true counts, CK on every flow and every node (nodes are cells of their own). */
export function protectSankey(raw: RawSankey, config: DisclosureConfig): Output[] {
  const refused = refusalOf(
    raw,
    config,
    raw.links.map((l) => l.count.units),
    allow('T2'),
  );
  if (refused) return refused;
  return [
    chartOutput(raw, raw.title, {
      type: 'sankey',
      nodes: raw.nodes.map((n) => ({
        id: n.id,
        label: n.label,
        value: cellOf(perturbCount(n.count, config), 'count'),
      })),
      links: raw.links.map((l) => ({
        source: l.source,
        target: l.target,
        value: cellOf(perturbCount(l.count, config), 'count'),
      })),
    }),
  ];
}
