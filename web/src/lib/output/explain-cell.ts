import { defaultDisclosureConfig } from '../../../../shared/disclosure/config';
import { explain, MESSAGE_CODES, type MessageCode } from '../../../../shared/disclosure/messages';
import type { Cell } from '../../../../shared/engine/outputs/cell';

/** Why a cell was suppressed, in both languages, from the public disclosure rules. */
export function explainSuppression(cell: Cell): { nb: string; en: string } {
  const code = cell.code;
  if (code && (MESSAGE_CODES as string[]).includes(code)) {
    return explain(code as MessageCode, defaultDisclosureConfig, { rule: cell.rule }).message;
  }
  return {
    nb: `Undertrykt etter regel ${cell.rule}.`,
    en: `Suppressed by rule ${cell.rule}.`,
  };
}

/** The distinct suppression reasons in a list of cells, for a legend below the table. */
export function suppressionReasons(
  cells: readonly Cell[],
): { key: string; text: { nb: string; en: string } }[] {
  const seen = new Map<string, { nb: string; en: string }>();
  for (const c of cells) {
    if (c.value !== null) continue;
    const key = `${c.rule}:${c.code ?? ''}`;
    if (!seen.has(key)) seen.set(key, explainSuppression(c));
  }
  return [...seen].map(([key, text]) => ({ key, text }));
}
