import { expect } from 'vitest';
import { type CompileResult, compile } from '../compile';
import type { DiagnosticCode } from '../diagnostics';
import { LineIndex } from '../spans';
import { fixtureCatalogs } from './fixture-catalog';
import type { Marked } from './marked';

/** Compiles a test script (text or marked text) against the fixture catalogues. */
export function compileFixture(script: string | Marked): CompileResult {
  return compile(typeof script === 'string' ? script : script.text, fixtureCatalogs);
}

function textOf(script: string | Marked): string {
  return typeof script === 'string' ? script : script.text;
}

function describe(script: string | Marked, result: CompileResult): string {
  const text = textOf(script);
  const lines = new LineIndex(text);
  return result.diagnostics
    .map((d) => {
      const at = lines.locate(d.span);
      return `  ${at.line}:${at.column} ${d.severity} ${d.code}: ${d.message_en} [${text.slice(d.span.start, d.span.end)}]`;
    })
    .join('\n');
}

expect.extend({
  /** No error, and a plan. */
  toCheckClean(script: string | Marked) {
    const result = compileFixture(script);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    return {
      pass: errors.length === 0 && result.plan !== null,
      message: () => `expected no errors, got:\n${describe(script, result)}`,
    };
  },
  /** A diagnostic with this code; with a marked script, exactly at its first marked span. */
  toReport(script: string | Marked, code: DiagnosticCode) {
    const result = compileFixture(script);
    const span = typeof script === 'string' ? undefined : script.spans[0];
    const pass = result.diagnostics.some(
      (d) => d.code === code && (!span || (d.span.start === span.start && d.span.end === span.end)),
    );
    const where = span ? ` at ${span.start}-${span.end} '${textOf(script).slice(span.start, span.end)}'` : '';
    return {
      pass,
      message: () => `expected ${this.isNot ? 'no ' : ''}${code}${where}, got:\n${describe(script, result)}`,
    };
  },
});

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: must repeat vitest's own declaration to merge with it
  interface Matchers<T = any> {
    toCheckClean(): T;
    toReport(code: DiagnosticCode): T;
  }
}
