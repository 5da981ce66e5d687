import { type CountCell, perturbCount } from '../../disclosure/cell-key';
import type { DisclosureConfig } from '../../disclosure/config';
import { checkOutputShape } from '../../disclosure/listing';
import { checkModel } from '../../disclosure/model';
import { checkWinsorBasis } from '../../disclosure/winsor';
import type { AnovaSums } from '../analysis/anova-fit';
import { fUpperTail } from '../analysis/distributions';
import type { WinsorBounds } from '../analysis/winsor';
import type { Output } from '../output';
import type { Cell } from '../outputs/cell';
import type { PublishedTable } from '../outputs/table';
import { cellOf, firstRefusal, NOTES, refusalOutput } from './cells';
import type { RawEnvelope } from './raw-envelope';

/** Raw analysis of variance: sums of squares of the winsorised outcome and the units behind every level. */
export interface RawAnova extends RawEnvelope {
  kind: 'descriptive';
  family: 'anova';
  title: string;
  dependent: string;
  bounds: WinsorBounds;
  factors: { name: string; levels: { label: string; count: CountCell }[] }[];
  total: CountCell;
  sums: AnovaSums;
}

/**
 * Protects an ANOVA like a model (it is a linear model on factor dummies): T2 on the outcome, MODEL with every
 * factor level (refuse when a level or its complement has fewer than the minimum units), N by CK. Degrees of
 * freedom, mean squares, F and p use the *published* N, so the table shows no true count.
 */
export function protectAnova(raw: RawAnova, config: DisclosureConfig): Output[] {
  const units = raw.total.units;
  const refusal = firstRefusal(
    checkOutputShape('aggregate', config),
    checkWinsorBasis(raw.bounds.units, config),
    checkModel(
      {
        units,
        residualDf: units - 1 - raw.sums.modelDf,
        levels: raw.factors.flatMap((f) =>
          f.levels.map((l) => ({ term: `${f.name}=${l.label}`, units: l.count.units })),
        ),
      },
      config,
    ),
  );
  if (refusal) return [refusalOutput(raw, refusal)];
  const n = perturbCount(raw.total, config);
  const published = cellOf(n, 'count');
  const nValue = published.value ?? 0;
  const dfResidual = nValue - 1 - raw.sums.modelDf;
  const msResidual = dfResidual > 0 ? raw.sums.residual / dfResidual : null;
  const exact = (value: number | null, format: Cell['format'] = 'number'): Cell =>
    value === null || !Number.isFinite(value)
      ? { value: null, format, rule: 'MODEL' }
      : { value, format, rule: 'MODEL' };
  const effect = (label: string, ss: number, df: number) => {
    const ms = df > 0 ? ss / df : null;
    const f = ms !== null && msResidual ? ms / msResidual : null;
    const p = f !== null && dfResidual > 0 ? fUpperTail(f, df, dfResidual) : null;
    return { header: [label], cells: [exact(ss), exact(df, 'integer'), exact(ms), exact(f), exact(p)] };
  };
  const rows = [
    effect('Modell', raw.sums.model, raw.sums.modelDf),
    ...raw.factors.map((f, i) => effect(f.name, raw.sums.factors[i] ?? 0, raw.sums.factorDf[i] ?? 0)),
    {
      header: ['Residual'],
      cells: [
        exact(raw.sums.residual),
        exact(dfResidual, 'integer'),
        exact(msResidual),
        exact(null),
        exact(null),
      ],
    },
    {
      header: ['Total'],
      cells: [exact(raw.sums.total), exact(nValue - 1, 'integer'), exact(null), exact(null), exact(null)],
    },
    { header: ['N'], cells: [published, exact(null), exact(null), exact(null), exact(null)] },
  ];
  const r2 = raw.sums.total > 0 ? raw.sums.model / raw.sums.total : null;
  const table: PublishedTable = {
    title: raw.title,
    rowDimensions: ['kilde'],
    columns: [
      { key: 'ss', label: 'SS' },
      { key: 'df', label: 'df' },
      { key: 'ms', label: 'MS' },
      { key: 'f', label: 'F' },
      { key: 'p', label: 'p' },
    ],
    rows: [
      ...rows,
      { header: ['R2'], cells: [exact(r2), exact(null), exact(null), exact(null), exact(null)] },
    ],
    notes: [
      NOTES.winsorized,
      {
        nb: 'Frihetsgrader og F bruker publisert (perturbert) N.',
        en: 'Degrees of freedom and F use the published (perturbed) N.',
      },
    ],
  };
  return [{ line: raw.line, command: raw.command, span: raw.span, kind: 'table', table }];
}
