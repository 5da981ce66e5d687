import {
  BarChart,
  BoxplotChart,
  CustomChart,
  LineChart,
  PieChart,
  SankeyChart,
  ScatterChart,
} from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { type EChartsCoreOption, getInstanceByDom, init, use } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

// Only what the published chart shapes need, so the bundle stays small.
use([
  BarChart,
  BoxplotChart,
  CustomChart,
  LineChart,
  PieChart,
  SankeyChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

/** Draws (or redraws) a chart into an element on canvas; returns a cleanup for Svelte effects. */
export function drawChart(host: HTMLElement, option: EChartsCoreOption): () => void {
  const chart = getInstanceByDom(host) ?? init(host, null, { renderer: 'canvas' });
  chart.setOption(option, true);
  const resize = new ResizeObserver(() => chart.resize());
  resize.observe(host);
  return () => {
    resize.disconnect();
    chart.dispose();
  };
}

/** The drawn chart as a PNG (white background, double resolution). */
export function chartToPng(host: HTMLElement): Blob {
  const chart = getInstanceByDom(host);
  const url = chart?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) ?? '';
  const bytes = Uint8Array.from(atob(url.split(',')[1] ?? ''), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: 'image/png' });
}

/** The chart as an SVG document, rendered by ECharts' SVG renderer without touching the page. */
export function chartToSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: width || 640, height: height || 320 });
  chart.setOption({ ...option, backgroundColor: '#fff' });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
