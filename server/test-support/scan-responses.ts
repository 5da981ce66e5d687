/**
 * Records every response body an API suite sees and checks that none holds a forbidden string (a unit
 * id, a value planted in the sealed data). Suites feed it through their client; at the end they call
 * `assertClean()`, which names the request and the string that leaked.
 */
export class ResponseScanner {
  private readonly leaks: string[] = [];
  scanned = 0;

  constructor(private readonly forbidden: readonly (string | RegExp)[]) {}

  /** Scans one response body (any text: JSON, SSE, CSV). */
  scan(label: string, body: string): void {
    this.scanned++;
    for (const needle of this.forbidden) {
      const hit = typeof needle === 'string' ? body.includes(needle) : needle.test(body);
      if (hit) this.leaks.push(`${label} contains ${String(needle)}`);
    }
  }

  /** Throws if any scanned response contained a forbidden string. */
  assertClean(): void {
    if (this.scanned === 0) throw new Error('the response scanner saw no responses');
    if (this.leaks.length) throw new Error(`responses leaked sealed data:\n${this.leaks.join('\n')}`);
  }
}

/** Matches a whole-word number, so a unit id 1234567 does not match inside 91234567. */
export function wholeNumber(id: string | number | bigint): RegExp {
  return new RegExp(`(?<![0-9])${String(id)}(?![0-9])`);
}
