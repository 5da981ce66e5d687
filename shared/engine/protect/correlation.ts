import { type CountCell, perturbCount } from '../../disclosure/cell-key';
import type { DisclosureConfig } from '../../disclosure/config';
import { allowValue, type Protected, suppress } from '../../disclosure/decision';
import { checkOutputShape } from '../../disclosure/listing';
import { explain } from '../../disclosure/messages';
import { checkSummaryUnits } from '../../disclosure/summary';
import { checkWinsorBasis } from '../../disclosure/winsor';
import { tUpperTail } from '../analysis/distributions';
import type { WinsorBounds } from '../analysis/winsor';
import type { Output } from '../output';
import type { Cell } from '../outputs/cell';
import type { PublishedTable } from '../outputs/table';
import { cellOf, firstRefusal, NOTES, refusalOutput } from './cells';
import type { RawEnvelope } from './raw-envelope';

/** The true aggregates of one pair of variables (i ≤ j) over the units with both values, winsorised. */
export interface CorrelationPair {
  i: number;
  j: number;
  count: CountCell;
  /** Pearson r (1 on the diagonal); null when undefined. */
  r: number | null;
  /** Sample covariance (the variance on the diagonal). */
  cov: number | null;
}

/** Raw correlation matrix (correlate). */
export interface RawCorrelation extends RawEnvelope {
  kind: 'descriptive';
  family: 'correlation';
  title: string;
  variables: string[];
  pairs: CorrelationPair[];
  bounds: Record<string, WinsorBounds>;
  covariance: boolean;
  obs: boolean;
  sig: boolean;
}

/**
 * Protects a correlation matrix: T2 on every variable (refuse), T7 on each pair's units (suppress), the count
 * shown by CK with the pair's key sum, significance from r and the *published* count.
 */
export function protectCorrelation(raw: RawCorrelation, config: DisclosureConfig): Output[] {
  const refusal = firstRefusal(
    checkOutputShape('aggregate', config),
    ...raw.variables.map((v) => checkWinsorBasis(raw.bounds[v]?.units ?? 0, config)),
  );
  if (refusal) return [refusalOutput(raw, refusal)];
  const pairOf = (a: number, b: number) =>
    raw.pairs.find((p) => p.i === Math.min(a, b) && p.j === Math.max(a, b));
  const measures = [raw.covariance ? 'cov' : 'r', ...(raw.obs ? ['n'] : []), ...(raw.sig ? ['p'] : [])];
  const rows = raw.variables.map((name, a) => ({
    header: [name] as (string | null)[],
    cells: raw.variables.flatMap((_, b) => {
      const pair = pairOf(a, b);
      if (!pair) throw new Error('correlation pair missing');
      return publishPair(pair, measures, a === b, raw.covariance, config);
    }),
  }));
  const labels: Record<string, string> = { r: 'r', cov: 'kovarians', n: 'N', p: 'p-verdi' };
  const table: PublishedTable = {
    title: raw.title,
    rowDimensions: ['variable'],
    columns: raw.variables.flatMap((v, b) =>
      measures.map((m) => ({ key: `${b}:${m}`, label: measures.length > 1 ? `${v}: ${labels[m]}` : v })),
    ),
    rows,
    notes: [NOTES.winsorized, NOTES.perturbed],
  };
  return [{ line: raw.line, command: raw.command, span: raw.span, kind: 'table', table }];
}

function publishPair(
  pair: CorrelationPair,
  measures: string[],
  diagonal: boolean,
  covariance: boolean,
  config: DisclosureConfig,
): Cell[] {
  const t7 = checkSummaryUnits(pair.count.units, config);
  const n = cellOf(perturbCount(pair.count, config), 'count');
  const value = (v: number | null): Protected<number> =>
    t7.outcome !== 'ok'
      ? t7
      : v === null
        ? suppress('T7', explain('too-few-units', config))
        : allowValue('T7', v);
  return measures.map((m) => {
    if (m === 'n') return n;
    if (m === 'r' || m === 'cov') return cellOf(value(covariance ? pair.cov : pair.r), 'number');
    const r = value(pair.r);
    if (r.outcome !== 'ok' || diagonal || n.value === null || n.value < 3)
      return { value: null, format: 'number', rule: r.rule, ...(r.outcome !== 'ok' ? { code: r.code } : {}) };
    const df = n.value - 2;
    const t =
      Math.abs(r.value) >= 1 ? Number.POSITIVE_INFINITY : r.value * Math.sqrt(df / (1 - r.value ** 2));
    return { value: Number.isFinite(t) ? 2 * tUpperTail(Math.abs(t), df) : 0, format: 'number', rule: 'T7' };
  });
}
