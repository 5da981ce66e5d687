import { z } from 'zod';
import { firstPerturbedCount, lastDistinctCount, maxFeasibleVariance, supportOf } from './ptable-support';

const count = z.number().int().min(1);
const fraction = z.number().gt(0).lt(1);

/**
 * Every disclosure threshold in one object. Rule functions read it, the engine passes one instance per job,
 * and the public rules page is generated from it, so a changed threshold changes both behaviour and page.
 */
export const DisclosureConfigSchema = z
  .object({
    /** T1: a dataset's population (after create-dataset + imports, keep/drop if, sample) keeps at least this many units. */
    population: z.object({ minUnits: count }),
    /** DIFF: a new population must differ from every earlier one in the workspace by 0 or at least this many units on each side. */
    differencing: z.object({ minUnits: count }),
    /** T2: numeric variables are clipped to these quantiles (type-7, `quantile_cont`) before descriptive output. */
    winsor: z.object({ lowerQuantile: fraction, upperQuantile: fraction }),
    /** T5: a cell under `lowCellBelow` units is low; a table with more than `maxLowCellShare` low cells is refused. */
    table: z.object({ lowCellBelow: count, maxLowCellShare: z.number().min(0).max(1) }),
    /** T6: generate/replace/recode must touch 0, all, or at least this many units (and leave 0 or at least this many untouched). */
    change: z.object({ minUnits: count }),
    /** T7: summary statistics, percentiles, correlations and volume-table magnitudes need at least this many units. */
    summary: z.object({ minUnits: count }),
    /** T8: medians and percentiles are shown with this many significant digits. */
    rounding: z.object({ significantDigits: z.number().int().min(1).max(15) }),
    /**
     * CK: the cell key method. `maxDeviation` (D) bounds the noise, `variance` (V) is its variance, and true
     * counts 1..`blockAtOrBelow` (js) are suppressed while no perturbed count ever lands on 1..js.
     */
    cellKey: z.object({
      maxDeviation: count,
      variance: z.number().gt(0),
      blockAtOrBelow: z.number().int().min(0),
    }),
    /**
     * MAG and NK: magnitudes (sums, and means in volume tables). Noise is `noiseScale` × the largest contribution
     * × a cell-key draw; a cell whose top `dominance.topUnits` contributions exceed `dominance.maxShare` of the
     * total is suppressed.
     */
    magnitude: z.object({
      noiseScale: z.number().gt(0),
      dominance: z.object({ topUnits: count, maxShare: fraction }),
    }),
    /** MODEL: minimum estimation sample, residual degrees of freedom, and units in (and outside) each dummy or factor level. */
    model: z.object({ minUnits: count, minResidualDf: count, minUnitsPerLevel: count }),
    /** BUDGET: released outputs per workspace; a notice after `warnAt`, refusal beyond `maxQueries`. */
    budget: z.object({ warnAt: count, maxQueries: count }),
  })
  .superRefine((config, ctx) => {
    if (config.winsor.lowerQuantile >= 0.5 || config.winsor.upperQuantile <= 0.5) {
      ctx.addIssue({
        code: 'custom',
        path: ['winsor'],
        message: 'lowerQuantile must be < 0.5 < upperQuantile',
      });
    }
    if (config.budget.warnAt > config.budget.maxQueries) {
      ctx.addIssue({
        code: 'custom',
        path: ['budget', 'warnAt'],
        message: 'warnAt must not exceed maxQueries',
      });
    }
    const ck = config.cellKey;
    if (ck.maxDeviation <= ck.blockAtOrBelow) {
      ctx.addIssue({
        code: 'custom',
        path: ['cellKey', 'maxDeviation'],
        message:
          'maxDeviation must exceed blockAtOrBelow, or the smallest published counts could get no noise',
      });
      return;
    }
    for (let n = firstPerturbedCount(ck); n <= lastDistinctCount(ck); n++) {
      const limit = maxFeasibleVariance(supportOf(n, ck));
      if (ck.variance >= limit) {
        ctx.addIssue({
          code: 'custom',
          path: ['cellKey', 'variance'],
          message: `variance ${ck.variance} is not reachable with zero mean for true count ${n} (must be < ${limit})`,
        });
        return;
      }
    }
  });

/** The validated disclosure configuration. */
export type DisclosureConfig = z.infer<typeof DisclosureConfigSchema>;

/**
 * The defaults: microdata.no's published thresholds (T1-T8) and, for the cell key method, Statistics Norway's
 * SSBcellKey defaults (D = 5, V = 3, counts of 2 or less blocked). Sources and reasons: `CONTEXT.md`.
 */
export const defaultDisclosureConfig: DisclosureConfig = deepFreeze({
  population: { minUnits: 1000 },
  differencing: { minUnits: 10 },
  winsor: { lowerQuantile: 0.01, upperQuantile: 0.99 },
  table: { lowCellBelow: 5, maxLowCellShare: 0.5 },
  change: { minUnits: 10 },
  summary: { minUnits: 10 },
  rounding: { significantDigits: 3 },
  cellKey: { maxDeviation: 5, variance: 3, blockAtOrBelow: 2 },
  magnitude: { noiseScale: 1, dominance: { topUnits: 2, maxShare: 0.9 } },
  model: { minUnits: 10, minResidualDf: 10, minUnitsPerLevel: 10 },
  budget: { warnAt: 800, maxQueries: 1000 },
});

// Frozen so no caller can loosen the shared defaults by mutating them in place.
function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value))
    if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
  return Object.freeze(value);
}

/** A config check that never throws: the parsed config, or readable issues with their paths. */
export type ParsedDisclosureConfig = { ok: true; config: DisclosureConfig } | { ok: false; issues: string[] };

/** Validates untrusted configuration (a file, an admin form) into a `DisclosureConfig`. */
export function parseDisclosureConfig(input: unknown): ParsedDisclosureConfig {
  const result = DisclosureConfigSchema.safeParse(input);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
  };
}
