import type { EChartsCoreOption } from 'echarts/core';
import type { PublishedChart } from '../../../../shared/engine/outputs/chart';

/** What a chart option is built from besides the chart itself. */
export interface ChartTexts {
  title: string;
  count: string;
  /** Axis names of the histogram scales other than counts. */
  scales?: { density: string; fraction: string; percent: string };
}

const grid = { left: 64, right: 24, top: 48, bottom: 48, containLabel: true };
const v = (c: { value: number | null }) => c.value;

type Of<T extends PublishedChart['type']> = Extract<PublishedChart, { type: T }>;
type BarLike = Extract<PublishedChart, { type: 'bar' | 'pie' }>;

function histogram(c: Of<'histogram'>, t: ChartTexts): EChartsCoreOption {
  const label = (b: { from: number; to: number }) => `${fmt(b.from)}–${fmt(b.to)}`;
  const heights = c.bins.map((b) => v(b.value ?? b.count));
  const series: object[] = [{ type: 'bar', barCategoryGap: '2%', data: heights }];
  const curve = normalCurve(c);
  if (curve) series.push({ type: 'line', smooth: true, symbol: 'none', data: curve });
  return {
    xAxis: {
      type: 'category',
      name: c.variable,
      nameLocation: 'middle',
      nameGap: 28,
      data: c.bins.map(label),
    },
    yAxis: {
      type: 'value',
      name: c.scale && c.scale !== 'frequency' ? (t.scales?.[c.scale] ?? c.scale) : t.count,
    },
    series,
  };
}

/** The normal curve at each bin's middle, on the bars' scale (density, counts, fraction or percent). */
function normalCurve(c: Of<'histogram'>): (number | null)[] | null {
  const mean = c.normal?.mean.value;
  const sd = c.normal?.sd.value;
  if (mean == null || sd == null || sd <= 0) return null;
  const total = c.bins.reduce((sum, b) => sum + (b.count.value ?? 0), 0);
  return c.bins.map((b) => {
    const mid = (b.from + b.to) / 2;
    const density = Math.exp(-0.5 * ((mid - mean) / sd) ** 2) / (sd * Math.sqrt(2 * Math.PI));
    const width = b.to - b.from;
    switch (c.scale ?? (b.value ? 'density' : 'frequency')) {
      case 'density':
        return density;
      case 'fraction':
        return density * width;
      case 'percent':
        return density * width * 100;
      default:
        return density * width * total;
    }
  });
}

function bar(c: BarLike): EChartsCoreOption {
  return {
    legend: { top: 24 },
    xAxis: { type: 'category', data: c.categories },
    yAxis: { type: 'value', name: c.measure },
    series: c.series.map((s) => ({ type: 'bar', name: s.label, data: s.values.map(v) })),
  };
}

function pie(c: BarLike): EChartsCoreOption {
  const series = c.series[0];
  return {
    legend: { top: 24, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: '60%',
        name: series?.label ?? c.measure,
        data: c.categories.map((name, i) => ({ name, value: series?.values[i]?.value ?? null })),
      },
    ],
  };
}

function box(c: Of<'box'>): EChartsCoreOption {
  return {
    xAxis: { type: 'category', data: c.boxes.map((b) => b.label) },
    yAxis: { type: 'value', name: c.variable },
    series: [
      {
        type: 'boxplot',
        data: c.boxes.map((b) => [v(b.whiskerLow), v(b.q1), v(b.median), v(b.q3), v(b.whiskerHigh)]),
      },
    ],
  };
}

function hexbin(c: Of<'hexbin'>, t: ChartTexts): EChartsCoreOption {
  const counts = c.hexagons.map((h) => h.count.value ?? 0);
  return {
    xAxis: { type: 'value', name: c.x, nameLocation: 'middle', nameGap: 28, scale: true },
    yAxis: { type: 'value', name: c.y, scale: true },
    visualMap: {
      min: 0,
      max: Math.max(1, ...counts),
      dimension: 2,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      text: [t.count, ''],
    },
    series: [
      {
        type: 'scatter',
        symbol: 'path://M0,-1L0.866,-0.5L0.866,0.5L0,1L-0.866,0.5L-0.866,-0.5Z',
        symbolSize: 14,
        data: c.hexagons.filter((h) => h.count.value !== null).map((h) => [h.x, h.y, h.count.value]),
      },
    ],
  };
}

function sankey(c: Of<'sankey'>): EChartsCoreOption {
  return {
    series: [
      {
        type: 'sankey',
        emphasis: { focus: 'adjacency' },
        data: c.nodes.map((n) => ({
          name: n.id,
          label: { formatter: n.label },
          value: n.value?.value ?? undefined,
        })),
        links: c.links
          .filter((l) => l.value.value !== null)
          .map((l) => ({ source: l.source, target: l.target, value: l.value.value })),
      },
    ],
  };
}

function line(c: Of<'line'>): EChartsCoreOption {
  return {
    legend: { top: 24 },
    xAxis: { type: 'value', name: c.x, nameLocation: 'middle', nameGap: 28, scale: true },
    yAxis: { type: 'value', name: c.y, scale: true },
    series: c.series.map((s) => ({
      type: 'line',
      name: s.label,
      connectNulls: false,
      data: s.points.map((p) => [p.x, p.y.value]),
    })),
  };
}

function coefficients(c: Of<'coefficients'>): EChartsCoreOption {
  const labels = c.points.map((p) => p.label);
  return {
    xAxis: { type: 'value', scale: true },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [
      {
        type: 'custom',
        renderItem: (
          _params: unknown,
          api: { value(i: number): number; coord(p: number[]): number[]; style(): object },
        ) => {
          const [x0, y] = api.coord([api.value(1), api.value(0)]) as [number, number];
          const [x1] = api.coord([api.value(2), api.value(0)]) as [number];
          return {
            type: 'line',
            shape: { x1: x0, y1: y, x2: x1, y2: y },
            style: { stroke: '#555', lineWidth: 2 },
          };
        },
        encode: { x: [1, 2], y: 0 },
        data: c.points.map((p, i) => [i, p.low, p.high]),
      },
      { type: 'scatter', symbolSize: 9, data: c.points.map((p) => [p.estimate, p.label]) },
    ],
  };
}

function fmt(n: number): string {
  return Math.abs(n) >= 1000
    ? Math.round(n).toLocaleString('en').replace(/,/g, ' ')
    : String(Math.round(n * 100) / 100);
}

/** The ECharts option that draws a published chart (aggregated, disclosure-controlled data only). */
export function chartOption(chart: PublishedChart, texts: ChartTexts): EChartsCoreOption {
  const body = (() => {
    switch (chart.type) {
      case 'histogram':
        return histogram(chart, texts);
      case 'bar':
        return bar(chart);
      case 'pie':
        return pie(chart);
      case 'box':
        return box(chart);
      case 'hexbin':
        return hexbin(chart, texts);
      case 'sankey':
        return sankey(chart);
      case 'line':
        return line(chart);
      case 'coefficients':
        return coefficients(chart);
    }
  })();
  const axes = chart.type === 'pie' || chart.type === 'sankey' ? {} : { grid };
  return {
    animation: false,
    title: { text: texts.title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: {},
    ...axes,
    ...body,
  };
}

/** True when any value of the chart was suppressed (then it is not drawn, and the app says so). */
export function hasSuppressed(chart: PublishedChart): boolean {
  const cells = (() => {
    switch (chart.type) {
      case 'histogram':
        return chart.bins.map((b) => b.count);
      case 'bar':
      case 'pie':
        return chart.series.flatMap((s) => s.values);
      case 'box':
        return chart.boxes.flatMap((b) => [b.whiskerLow, b.q1, b.median, b.q3, b.whiskerHigh]);
      case 'hexbin':
        return chart.hexagons.map((h) => h.count);
      case 'sankey':
        return chart.links.map((l) => l.value);
      case 'line':
        return chart.series.flatMap((s) => s.points.map((p) => p.y));
      case 'coefficients':
        return [];
    }
  })();
  return cells.some((c) => c.value === null);
}
