import type { SqlValue } from '../../sql/database';
import type { DatasetView } from '../dataset-view';

/** How a missing value is shown as a category (the language writes missing as `.`). */
export const MISSING_LABEL = '.';

/** The code of a category value as text (null for missing); numbers print without a trailing `.0`. */
export function categoryCode(value: SqlValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** How a category is shown: its label from the variable's labels unless `nolabels`, else its code. */
export function categoryLabel(
  view: DatasetView,
  variable: string,
  code: string | null,
  nolabels = false,
): string {
  if (code === null) return MISSING_LABEL;
  if (nolabels) return code;
  return view.labelsOf(variable)?.get(code) ?? code;
}

/** Orders category codes: numbers numerically, then text, missing last. */
export function compareCodes(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const x = Number(a);
  const y = Number(b);
  const numeric = (s: string, n: number) => s.trim() !== '' && Number.isFinite(n);
  if (numeric(a, x) && numeric(b, y) && x !== y) return x - y;
  if (numeric(a, x) !== numeric(b, y)) return numeric(a, x) ? -1 : 1;
  return a < b ? -1 : 1;
}
