/** Where the cursor is in a command line, as far as completion cares. */
export type CompletionPlace =
  | { kind: 'command'; prefix: string }
  | { kind: 'register-variable'; alias: string; prefix: string }
  | { kind: 'option'; command: string; prefix: string }
  | { kind: 'name'; command: string; prefix: string }
  | { kind: 'none' };

/** Classifies the text of the current line before the cursor (pure, so it is unit-tested). */
export function completionPlace(before: string): CompletionPlace {
  if (/^\s*(\/\/|#)/.test(before) || /(^|[^:])\/\/.*$/.test(before)) return { kind: 'none' };
  if ((before.match(/"/g)?.length ?? 0) % 2 === 1) return { kind: 'none' };
  const first = /^\s*([A-Za-z][\w-]*)?$/.exec(before);
  if (first) return { kind: 'command', prefix: first[1] ?? '' };
  const command = /^\s*([A-Za-z][\w-]*)/.exec(before)?.[1] ?? '';
  const register = /([A-Za-z_][\w]*)\/([A-Za-z0-9_]*)$/.exec(before);
  if (register) return { kind: 'register-variable', alias: register[1]!, prefix: register[2]! };
  const word = /([A-Za-z_\u00C0-\u024F][\w\u00C0-\u024F]*)?$/.exec(before)?.[1] ?? '';
  const afterComma = before.includes(',') && !/\([^)]*$/.test(before.slice(before.lastIndexOf(',')));
  if (afterComma && /,\s*([\w]+(\([^)]*\))?\s+)*[\w]*$/.test(before)) {
    return { kind: 'option', command, prefix: word };
  }
  return { kind: 'name', command, prefix: word };
}
