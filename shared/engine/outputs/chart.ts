import { z } from 'zod';
import { CellSchema } from './cell';

const histogram = z.object({
  type: z.literal('histogram'),
  variable: z.string(),
  bins: z.array(
    z.object({
      from: z.number(),
      to: z.number(),
      count: CellSchema,
      /** The bar's height on `scale` when that is not the count (from published counts only). */
      value: CellSchema.optional(),
    }),
  ),
  /** What the bars show: density (default in the language), frequency, fraction or percent. */
  scale: z.enum(['density', 'frequency', 'fraction', 'percent']).optional(),
  /** `normal`: the protected mean and standard deviation of the normal curve to draw over the bars. */
  normal: z.object({ mean: CellSchema, sd: CellSchema }).optional(),
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
  /** The drawn ranges (the T2 bounds, T8-rounded); `radius` is in grid units where x spans `gridSize` hexagon widths. */
  xDomain: z.tuple([z.number(), z.number()]).optional(),
  yDomain: z.tuple([z.number(), z.number()]).optional(),
  gridSize: z.number().int().positive().optional(),
});

const sankey = z.object({
  type: z.literal('sankey'),
  /** `value`: the node's own protected count (a cell of its own, not the sum of its links). */
  nodes: z.array(z.object({ id: z.string(), label: z.string(), value: CellSchema.optional() })),
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
