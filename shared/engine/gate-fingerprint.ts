import type { Output } from './output';

/**
 * Canonical JSON: object keys sorted, so two outputs with the same content give the same text whatever order
 * their protector built them in. Non-JSON values (bigint, functions, cycles) throw: the gate treats that as
 * malformed output and refuses it.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value, new Set()));
}

function sortKeys(value: unknown, seen: Set<object>): unknown {
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol')
    throw new TypeError(`not JSON: ${typeof value}`);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) throw new TypeError('not JSON: cycle');
  seen.add(value);
  const out = Array.isArray(value)
    ? value.map((v) => sortKeys(v, seen))
    : Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, sortKeys((value as Record<string, unknown>)[k], seen)]),
      );
  seen.delete(value);
  return out;
}

// cyrb53 (public domain): a fast 53-bit string hash; two seeds give ~106 bits, plenty for 1000 outputs.
function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The fingerprint of what an output publishes, without where it stands in the script (line, span, command):
 * the same published content asked again is a repeat, worthless to an attacker because it teaches nothing new,
 * so the query budget does not charge it. Keyed on the published content rather than the plan step, it also
 * recognises a repeat reached by another route (a renamed copy of a dataset) and never mistakes a different
 * answer for a repeat.
 */
export function fingerprintOf(outputs: readonly Output[]): string {
  const content = canonicalJson(outputs.map(({ line: _l, span: _s, command: _c, ...rest }) => rest));
  return cyrb53(content, 1) + cyrb53(content, 2);
}
