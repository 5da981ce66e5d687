import type { LocalizedText } from '../../datastore/manifest';
import { chi2UpperTail } from '../analysis/distributions';

/**
 * Pearson's chi-squared test of independence as a table note, computed only from published body counts (so it
 * adds nothing the table does not show). Not available when a cell is suppressed.
 */
export function chi2Note(published: (number | null)[][]): LocalizedText {
  if (published.some((row) => row.some((v) => v === null)))
    return {
      nb: 'Kjikvadrattest: ikke tilgjengelig fordi celler er skjult.',
      en: 'Chi-squared test: not available because cells are suppressed.',
    };
  const cells = published as number[][];
  const rowSums = cells.map((r) => r.reduce((s, v) => s + v, 0));
  const colSums = (cells[0] ?? []).map((_, j) => cells.reduce((s, r) => s + (r[j] ?? 0), 0));
  const total = rowSums.reduce((s, v) => s + v, 0);
  const rows = rowSums.filter((v) => v > 0).length;
  const cols = colSums.filter((v) => v > 0).length;
  let chi2 = 0;
  cells.forEach((r, i) => {
    r.forEach((o, j) => {
      const e = ((rowSums[i] ?? 0) * (colSums[j] ?? 0)) / total;
      if (e > 0) chi2 += ((o - e) * (o - e)) / e;
    });
  });
  const df = (rows - 1) * (cols - 1);
  if (total === 0 || df < 1)
    return {
      nb: 'Kjikvadrattest: ikke definert for denne tabellen.',
      en: 'Chi-squared test: not defined for this table.',
    };
  const p = chi2UpperTail(chi2, df);
  const stat = chi2.toPrecision(5);
  const pv = p < 0.0001 ? '< 0.0001' : `= ${p.toFixed(4)}`;
  return { nb: `Pearson kjikvadrat(${df}) = ${stat}, p ${pv}`, en: `Pearson chi2(${df}) = ${stat}, p ${pv}` };
}
