/** Number formatting for messages and the rules page, per language, so thresholds read naturally. */

/** The languages every message and page comes in. */
export type Language = 'nb' | 'en';

const locales: Record<Language, string> = { nb: 'nb-NO', en: 'en-GB' };

/** A number as a reader of `lang` writes it (nb: `1 000` and `0,5`; en: `1,000` and `0.5`). */
export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 6 })
    .format(value)
    .replace('\u2212', '-');
}

/** A fraction as a percentage (0.5 → `50 %` in nb, `50%` in en). */
export function formatPercent(fraction: number, lang: Language): string {
  return new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 4 })
    .format(fraction)
    .replace('\u2212', '-');
}
