/**
 * Keys for numbers other than counts. A cell's key sum drives its count; every other released number from the
 * same units (a sum, and the jitter inside it) gets its own key derived from the key sum and a description of
 * the statistic, so no random draw is ever reused across two released numbers: otherwise subtracting the two
 * would cancel the noise (the DataSHIELD min/max failure).
 *
 * The derivation chains murmur3's 32-bit finaliser (fmix32), a bijection on 32-bit words, over the salt. For a
 * fixed salt the map keySum → key is therefore a bijection of [0, 2^32): a uniformly random key sum gives an
 * exactly uniform derived key, and two salts give keys with no usable relation to each other.
 */

/** murmur3's 32-bit finaliser: a bijection with full avalanche. */
export function fmix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b) >>> 0;
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35) >>> 0;
  x ^= x >>> 16;
  return x >>> 0;
}

/** Derives the key in [0, 2^32) for one statistic of a cell from the cell's key sum and public salt words. */
export function deriveKey(keySum: number, salt: readonly number[]): number {
  let h = fmix32((keySum ^ 0x9e3779b9) >>> 0);
  for (const word of salt) h = fmix32((h ^ word) + 0x7f4a7c15);
  return h >>> 0;
}

/** Salt words for a string (UTF-8 bytes, four per word, then the byte length). */
export function stringWords(text: string): number[] {
  const bytes = new TextEncoder().encode(text);
  const words: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) {
    words.push(
      ((bytes[i] ?? 0) |
        ((bytes[i + 1] ?? 0) << 8) |
        ((bytes[i + 2] ?? 0) << 16) |
        ((bytes[i + 3] ?? 0) << 24)) >>>
        0,
    );
  }
  words.push(bytes.length);
  return words;
}

/** Salt words for a number: the two halves of its IEEE-754 bits, so equal doubles (and only they) agree. */
export function numberWords(value: number): number[] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value === 0 ? 0 : value);
  return [view.getUint32(0), view.getUint32(4)];
}
