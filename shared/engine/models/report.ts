import type { LocalizedText } from '../../datastore/manifest';
import type { ModelLevel } from '../../disclosure/model';
import type { RawModel, RawModelCell, RawModelTable } from '../protect/model';
import type { RawEnvelope } from '../protect/raw-envelope';
import type { Design } from './design';
import { normalQuantile, normalTwoSided, tQuantile, tTwoSided } from './distributions';
import { type Fit, standardErrors } from './fit';
import type { SampleFacts } from './moments';

/** How coefficients are shown: as estimated, or exponentiated (odds ratios, IRR, hazard ratios...). */
export interface ReportOptions {
  /** Confidence level in percent (default 95). */
  level: number;
  /** Column heading of exponentiated estimates (e.g. 'Odds ratio'), or null to show coefficients. */
  exponentiate: string | null;
  title: string;
}

/** One row per coefficient: estimate, standard error, t or z, p-value and confidence limits. */
export interface CoefficientRow {
  label: string;
  estimate: number;
  se: number;
  statistic: number;
  p: number;
  low: number;
  high: number;
}

/** Computes the coefficient rows of a fit (Stata's layout; exponentiated rows use the delta-method SE). */
export function coefficientRows(fit: Fit, level: number, exponentiate: boolean): CoefficientRow[] {
  const se = standardErrors(fit);
  const alpha = 1 - level / 100;
  const crit = fit.test.kind === 't' ? tQuantile(1 - alpha / 2, fit.test.df) : normalQuantile(1 - alpha / 2);
  return fit.labels.map((label, i) => {
    const b = fit.estimate[i]!;
    const s = se[i]!;
    const stat = b / s;
    const p = fit.test.kind === 't' ? tTwoSided(stat, fit.test.df) : normalTwoSided(stat);
    const low = b - crit * s;
    const high = b + crit * s;
    if (!exponentiate) return { label, estimate: b, se: s, statistic: stat, p, low, high };
    const e = Math.exp(b);
    return { label, estimate: e, se: e * s, statistic: stat, p, low: Math.exp(low), high: Math.exp(high) };
  });
}

/** The levels the MODEL rule checks: every factor level (reference included), dummy interactions and 0/1 regressors. */
export function modelLevels(design: Design, facts: SampleFacts): ModelLevel[] {
  const levels: ModelLevel[] = [];
  for (const f of design.factors)
    for (const l of f.levels) levels.push({ term: `${f.name}=${l.value}`, units: l.units });
  design.columns.forEach((c, i) => {
    const singleFactor = c.kind === 'dummy' && !c.label.includes('#');
    if (c.kind === 'constant' || singleFactor || !facts.binary[i]) return;
    levels.push({ term: c.label, units: Math.round(facts.n * facts.means[i]!) });
  });
  return levels;
}

const exact = (value: number): RawModelCell => ({ value, format: 'number' });

/** The raw output of a fitted model: coefficient table, statistics table, notes, and the MODEL facts. */
export function modelOutput(
  envelope: RawEnvelope,
  design: Design,
  facts: SampleFacts,
  fit: Fit,
  options: ReportOptions,
): RawModel {
  const rows = coefficientRows(fit, options.level, options.exponentiate !== null);
  const stat = fit.test.kind === 't' ? 't' : 'z';
  const columns = [
    { key: 'estimate', label: options.exponentiate ?? 'Coefficient' },
    { key: 'se', label: 'Std. err.' },
    { key: 'statistic', label: stat },
    { key: 'p', label: `P>|${stat}|` },
    { key: 'low', label: `[${options.level}% conf.` },
    { key: 'high', label: 'interval]' },
    ...(fit.extra ?? []).map((e) => ({ key: e.key, label: e.label })),
  ];
  const notes: LocalizedText[] = [...fit.notes, ...design.notes];
  for (const label of fit.dropped)
    notes.push({
      nb: `${label} utelatt på grunn av kollinearitet`,
      en: `${label} omitted because of collinearity`,
    });
  const coefficients: RawModelTable = {
    title: options.title,
    rowDimensions: [design.dependentName],
    columns,
    rows: rows.map((r, i) => ({
      header: [r.label],
      cells: [
        exact(r.estimate),
        exact(r.se),
        exact(r.statistic),
        exact(r.p),
        exact(r.low),
        exact(r.high),
        ...(fit.extra ?? []).map((e) => exact(e.values[i]!)),
      ],
    })),
    notes,
  };
  return {
    ...envelope,
    kind: 'model',
    facts: { units: facts.n, residualDf: fit.residualDf, levels: modelLevels(design, facts) },
    tables: [coefficients, statisticsTable(options.title, fit, facts)],
    chart: null,
  };
}

/** The model's summary statistics as a two-column table; N is a count cell (perturbed at the gate). */
export function statisticsTable(title: string, fit: Fit, facts: SampleFacts): RawModelTable {
  return {
    title: `${title}: statistics`,
    rowDimensions: ['statistic'],
    columns: [{ key: 'value', label: 'Value' }],
    rows: fit.statistics.map((s) => ({
      header: [s.label],
      cells: [
        s.value === 'N'
          ? { count: { units: facts.n, keySum: facts.keySum } }
          : typeof s.value === 'number'
            ? { value: s.value, format: s.format }
            : s.value,
      ],
    })),
    notes: [],
  };
}
