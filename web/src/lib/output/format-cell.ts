import type { Cell } from '../../../../shared/engine/outputs/cell';

/** The mark of a suppressed cell. */
export const SUPPRESSED_MARK = '⊘';

const locales = { nb: 'nb-NO', en: 'en-GB' } as const;

/** A published number as text in the chosen language; suppressed cells show the mark. */
export function formatCell(cell: Cell, lang: 'nb' | 'en'): string {
  const v = cell.value;
  if (v === null) return SUPPRESSED_MARK;
  const locale = locales[lang];
  switch (cell.format) {
    case 'count':
    case 'integer':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(v);
    case 'percent':
      return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v)} %`;
    case 'date':
      return new Date(v * 86_400_000).toISOString().slice(0, 10);
    default:
      return new Intl.NumberFormat(locale, { maximumSignificantDigits: 6, maximumFractionDigits: 4 }).format(
        v,
      );
  }
}

/** A published number for a CSV file: plain digits with a dot, empty when suppressed. */
export function csvValue(cell: Cell): string {
  if (cell.value === null) return '';
  if (cell.format === 'date') return new Date(cell.value * 86_400_000).toISOString().slice(0, 10);
  return String(cell.value);
}
