import type { LocalizedText } from '../../datastore/manifest';
import type { Blocked, Decision, Protected } from '../../disclosure/decision';
import type { Output } from '../output';
import type { Cell, CellFormat } from '../outputs/cell';
import type { RawEnvelope } from './raw-envelope';

/** A published cell from a protected number: its value, or null with the rule and code that stopped it. */
export function cellOf(p: Protected<number>, format: CellFormat): Cell {
  if (p.outcome === 'ok') return { value: p.value, format, rule: p.rule };
  return { value: null, format, rule: p.rule, code: p.code };
}

/** A cell that is shown as computed from already published numbers (percentages, ratios). */
export function derivedCell(value: number | null, format: CellFormat, rule: string, code?: string): Cell {
  if (value === null || !Number.isFinite(value))
    return { value: null, format, rule, ...(code ? { code } : {}) };
  return { value, format, rule };
}

/** A suppressed cell carrying the reason of another (e.g. a percentage whose count was suppressed). */
export function suppressedLike(source: Cell, format: CellFormat): Cell {
  return { value: null, format, rule: source.rule, ...(source.code ? { code: source.code } : {}) };
}

/** Percent of `part` in `whole`, both published cells: suppressed when either is, or when the whole is 0. */
export function percentCell(part: Cell, whole: Cell): Cell {
  if (part.value === null) return suppressedLike(part, 'percent');
  if (whole.value === null) return suppressedLike(whole, 'percent');
  if (whole.value === 0) return { value: null, format: 'percent', rule: 'PCT' };
  return { value: (100 * part.value) / whole.value, format: 'percent', rule: 'CK' };
}

/** The refusal output for a blocked decision, with the raw result's envelope. */
export function refusalOutput(raw: RawEnvelope, blocked: Blocked): Output {
  return {
    line: raw.line,
    command: raw.command,
    span: raw.span,
    kind: 'refusal',
    rule: blocked.rule,
    code: blocked.code,
    message: blocked.message,
  };
}

/** The first decision that refuses the whole output, if any. */
export function firstRefusal(...decisions: Decision[]): Blocked | null {
  for (const d of decisions) if (d.outcome === 'refuse') return d;
  return null;
}

/** Notes shown under protected tables and charts. */
export const NOTES = {
  perturbed: {
    nb: 'Antall er perturbert med cellenøkkelmetoden; små antall er skjult. Totaler har egen støy og er ikke summen av cellene.',
    en: 'Counts are perturbed with the cell key method; small counts are suppressed. Totals carry their own noise and are not the sum of the cells.',
  },
  winsorized: {
    nb: 'Verdiene er winsorisert ved 1. og 99. persentil; min og maks viser winsoriseringsgrensene.',
    en: 'Values are winsorised at the 1st and 99th percentile; min and max show the winsorising bounds.',
  },
  magnitudes: {
    nb: 'Summer og gjennomsnitt har nøkkelbasert støy; gjennomsnitt er publisert sum delt på publisert antall.',
    en: 'Sums and means carry key-based noise; a mean is the published sum over the published count.',
  },
  percentOfPublished: {
    nb: 'Prosenter er regnet fra de publiserte (perturberte) antallene.',
    en: 'Percentages are computed from the published (perturbed) counts.',
  },
} satisfies Record<string, LocalizedText>;
