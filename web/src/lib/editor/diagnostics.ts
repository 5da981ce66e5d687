import type { Diagnostic as CmDiagnostic } from '@codemirror/lint';
import type { Diagnostic } from '../../../../shared/lang/index';

/** Turns the compiler's diagnostics into CodeMirror's, clamped to the document, in the chosen language. */
export function toCmDiagnostics(
  diagnostics: readonly Diagnostic[],
  docLength: number,
  lang: 'nb' | 'en',
): CmDiagnostic[] {
  return diagnostics.map((d) => {
    const from = Math.min(Math.max(0, d.span.start), docLength);
    const to = Math.min(Math.max(from, d.span.end), docLength);
    return {
      from,
      to,
      severity: d.severity,
      source: d.code,
      message: lang === 'nb' ? d.message_nb : d.message_en,
    };
  });
}
