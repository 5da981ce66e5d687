import { describe, expect, it } from 'vitest';
import type { PublishedChart } from '../../../../shared/engine/outputs/chart';
import { chartOption, hasSuppressed } from './chart-option';

const texts = { title: 'histogram innt', count: 'Count' };

describe('chart options', () => {
  it('draws a histogram as touching bars over labelled bins, suppressed bins as gaps', () => {
    const chart: PublishedChart = {
      type: 'histogram',
      variable: 'innt',
      bins: [
        { from: 0, to: 1000, count: { value: 40, format: 'count', rule: 'CK' } },
        { from: 1000, to: 2000, count: { value: null, format: 'count', rule: 'T7', code: 'too-few-units' } },
      ],
    };
    const option = chartOption(chart, texts) as {
      xAxis: { data: string[] };
      series: { type: string; data: (number | null)[] }[];
      title: { text: string };
    };
    expect(option.title.text).toBe('histogram innt');
    expect(option.xAxis.data).toEqual(['0–1 000', '1 000–2 000']);
    expect(option.series[0]).toMatchObject({ type: 'bar', data: [40, null] });
    expect(hasSuppressed(chart)).toBe(true);
  });

  it('draws bars on the published scale and the normal curve from the protected mean and sd', () => {
    const cell = (value: number) => ({ value, format: 'number' as const, rule: 'MAG' });
    const chart: PublishedChart = {
      type: 'histogram',
      variable: 'x',
      scale: 'density',
      normal: { mean: cell(0), sd: cell(1) },
      bins: [
        { from: -1, to: 1, count: { value: 68, format: 'count', rule: 'CK' }, value: cell(0.34) },
        { from: 1, to: 3, count: { value: 27, format: 'count', rule: 'CK' }, value: cell(0.135) },
      ],
    };
    const option = chartOption(chart, texts) as {
      series: { type: string; data: number[] }[];
      yAxis: { name: string };
    };
    expect(option.yAxis.name).toBe('density');
    expect(option.series[0]!.data).toEqual([0.34, 0.135]);
    const curve = option.series[1]!.data;
    expect(curve[0]).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 10);
    expect(curve[1]).toBeCloseTo(Math.exp(-2) / Math.sqrt(2 * Math.PI), 10);
  });

  it('draws one bar series per published series', () => {
    const cell = (value: number) => ({ value, format: 'number' as const, rule: 'MAG' });
    const chart: PublishedChart = {
      type: 'bar',
      measure: 'mean(innt)',
      categories: ['1', '2'],
      series: [
        { label: 'innt', values: [cell(10), cell(20)] },
        { label: 'formue', values: [cell(30), cell(40)] },
      ],
    };
    const option = chartOption(chart, texts) as { series: { name: string; data: number[] }[] };
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['innt', [10, 20]],
      ['formue', [30, 40]],
    ]);
    expect(hasSuppressed(chart)).toBe(false);
  });
});
