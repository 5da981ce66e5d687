import type { AuditEntry } from '../../shared/api/audit';

const columns = [
  'id',
  'at',
  'action',
  'actorId',
  'actorUsername',
  'institutionId',
  'targetType',
  'targetId',
  'ip',
  'details',
] as const;

/** Lines of a JSON-lines export, one record each. */
export function* auditJsonLines(entries: Iterable<AuditEntry>): Generator<string> {
  for (const entry of entries) yield `${JSON.stringify(entry)}\n`;
}

/** Lines of a CSV export (RFC 4180) with a header row. */
export function* auditCsvLines(entries: Iterable<AuditEntry>): Generator<string> {
  yield `${columns.join(',')}\r\n`;
  for (const entry of entries) {
    const cells = columns.map((c) => csvCell(c === 'details' ? JSON.stringify(entry.details) : entry[c]));
    yield `${cells.join(',')}\r\n`;
  }
}

/**
 * Quotes a cell when needed, and defuses text a spreadsheet would run as a formula (usernames
 * come from failed logins, so an attacker chooses them).
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A web stream over lines produced lazily, so a big export never sits in memory whole. */
export function linesStream(lines: Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      let chunk = '';
      for (let i = 0; i < 500; i++) {
        const next = lines.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
}
