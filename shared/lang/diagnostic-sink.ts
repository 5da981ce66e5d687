import { type Diagnostic, type DiagnosticCode, type DiagnosticParams, diagnostic } from './diagnostics';
import type { Span } from './spans';

/** How many diagnostics a script gets at most; the rest are counted in one closing note. */
export const DIAGNOSTIC_LIMIT = 500;

/** Collects a stage's diagnostics, keeping at most a fixed number so that garbage input stays cheap. */
export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  dropped = 0;

  constructor(private readonly limit = DIAGNOSTIC_LIMIT) {}

  /** Reports a diagnostic from the catalogue. */
  report<C extends DiagnosticCode>(
    code: C,
    span: Span,
    ...params: keyof DiagnosticParams<C> extends never ? [] : [DiagnosticParams<C>]
  ): void {
    if (this.list.length >= this.limit) {
      this.dropped++;
      return;
    }
    this.list.push(diagnostic(code, span, ...params));
  }

  /** Adds diagnostics made elsewhere, counting a truncation note's figure as dropped ones. */
  addAll(diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) {
      if (d.code === 'diagnostics-truncated') {
        this.dropped += Number(/\d+/.exec(d.message_en)?.[0] ?? 0);
      } else if (this.list.length >= this.limit) this.dropped++;
      else this.list.push(d);
    }
  }

  /** True once an error has been reported. */
  get hasErrors(): boolean {
    return this.list.some((d) => d.severity === 'error');
  }

  /** The diagnostics, with a closing note when some were left out. */
  finish(at: Span): Diagnostic[] {
    if (this.dropped === 0) return this.list;
    return [...this.list, diagnostic('diagnostics-truncated', at, { count: this.dropped })];
  }
}
