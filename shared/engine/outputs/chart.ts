import { z } from 'zod';
import { CellSchema } from './cell';

const histogram = z.object({
  type: z.literal('histogram'),
  variable: z.string(),
  bins: z.array(z.object({ from: z.number(), to: z.number(), count: CellSchema })),
});

const bar = z.object({
  type: z.enum(['bar', 'pie']),
  /** What the bars measure, e.g. "count" or "mean(lonn)". */
  measure: z.string(),
  categories: z.array(z.string()),
  series: z.array(z.object({ label: z.string(), values: z.array(CellSchema) })),
});

const box = z.object({
  type: z.literal('box'),
  variable: z.string(),
  boxes: z.array(
    z.object({
      label: z.string(),
      whiskerLow: CellSchema,
      q1: CellSchema,
      median: CellSchema,
      q3: CellSchema,
      whiskerHigh: CellSchema,
    }),
  ),
});

const hexbin = z.object({
  type: z.literal('hexbin'),
  x: z.string(),
  y: z.string(),
  radius: z.number(),
  hexagons: z.array(z.object({ x: z.number(), y: z.number(), count: CellSchema })),
});

const sankey = z.object({
  type: z.literal('sankey'),
  nodes: z.array(z.object({ id: z.string(), label: z.string() })),
  links: z.array(z.object({ source: z.string(), target: z.string(), value: CellSchema })),
});

const line = z.object({
  type: z.literal('line'),
  x: z.string(),
  y: z.string(),
  series: z.array(
    z.object({ label: z.string(), points: z.array(z.object({ x: z.number(), y: CellSchema })) }),
  ),
});

const coefficients = z.object({
  type: z.literal('coefficients'),
  points: z.array(z.object({ label: z.string(), estimate: z.number(), low: z.number(), high: z.number() })),
});

/** A published chart: aggregated data only, ready for the web app to draw. */
export const PublishedChartSchema = z.discriminatedUnion('type', [
  histogram,
  bar,
  box,
  hexbin,
  sankey,
  line,
  coefficients,
]);
/** A published chart. */
export type PublishedChart = z.infer<typeof PublishedChartSchema>;
