import type { JobOutput } from '../../../../shared/api/jobs';
import { type Output, OutputSchema } from '../../../../shared/engine/output';

/** A job output as the panel shows it: a known output, or one this app version cannot read. */
export type ShownOutput = { ok: true; output: Output } | { ok: false; kind: string; line: number | null };

/** Validates each output against the published schema, keeping the unknown ones as placeholders. */
export function parseOutputs(raw: readonly JobOutput[]): ShownOutput[] {
  return raw.map((o) => {
    const parsed = OutputSchema.safeParse(o);
    if (parsed.success) return { ok: true, output: parsed.data };
    return {
      ok: false,
      kind: typeof o.kind === 'string' ? o.kind : 'unknown',
      line: typeof o.line === 'number' ? o.line : null,
    };
  });
}
