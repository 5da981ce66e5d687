import type { Span } from '../spans';

/** A script with spans marked in the test source, so tests never count columns. */
export interface Marked {
  text: string;
  spans: Span[];
}

/**
 * Template tag: `⟦` and `⟧` mark spans and are removed from the text.
 * marked`tabulate ⟦nosuch⟧` → { text: 'tabulate nosuch', spans: [{ start: 9, end: 15 }] }
 */
export function marked(strings: TemplateStringsArray, ...values: unknown[]): Marked {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  let text = '';
  const spans: Span[] = [];
  const open: number[] = [];
  for (const ch of raw) {
    if (ch === '⟦') open.push(text.length);
    else if (ch === '⟧') spans.push({ start: open.pop() ?? 0, end: text.length });
    else text += ch;
  }
  spans.sort((a, b) => a.start - b.start);
  return { text, spans };
}
