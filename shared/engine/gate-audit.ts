import type { Output } from './output';

/** What the gate did, for the audit log and the server's disclosure metrics. */
export type GateAction = 'refused' | 'suppressed' | 'notice';

/** A decision the gate made, for the audit log: enough for an output checker to replay and compare. */
export interface GateDecision {
  line: number;
  command: string;
  /** Rule id (T5, CK, BUDGET, ...), or GATE for output the gate itself found malformed. */
  rule: string;
  /** Stable message code (`too-many-low-cells`, `small-count`, ...). */
  code: string;
  action: GateAction;
  /** Index of the output within what this `release` call returned. */
  output: number;
  /** Fingerprint of the released content (see `fingerprintOf`); identical for an identical repeat. */
  fingerprint: string;
}

/** A published cell as the walker recognises it: a value (null when suppressed), its format and rule. */
interface CellLike {
  value: number | null;
  format: string;
  rule: string;
  code?: string;
}

function isCell(value: object): value is CellLike {
  const v = value as Record<string, unknown>;
  return (
    'value' in v &&
    typeof v.format === 'string' &&
    typeof v.rule === 'string' &&
    (v.value === null || typeof v.value === 'number')
  );
}

/**
 * Every suppressed cell inside an output (tables and every chart type), found by walking the whole output
 * rather than per chart type, so a chart type added later cannot slip past the audit.
 */
export function suppressedCells(output: Output): { rule: string; code: string }[] {
  const found: { rule: string; code: string }[] = [];
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (isCell(value)) {
      if (value.value === null) found.push({ rule: value.rule, code: value.code ?? 'suppressed' });
      return;
    }
    for (const item of Object.values(value)) walk(item);
  };
  walk(output);
  return found;
}

/** The audit decisions for a list of released outputs: each refusal and each suppressed cell. */
export function decisionsOf(outputs: readonly Output[], fingerprint: string): GateDecision[] {
  const decisions: GateDecision[] = [];
  outputs.forEach((output, index) => {
    const base = { line: output.line, command: output.command, output: index, fingerprint };
    if (output.kind === 'refusal')
      decisions.push({ ...base, rule: output.rule, code: output.code, action: 'refused' });
    for (const cell of suppressedCells(output))
      decisions.push({ ...base, rule: cell.rule, code: cell.code, action: 'suppressed' });
  });
  return decisions;
}
