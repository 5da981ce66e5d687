import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** Hashes a password with argon2id (the package's defaults: 19 MiB, 2 passes, OWASP's baseline). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** True when the password matches the PHC hash; a malformed hash counts as no match. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when a username does not exist, so that both cases take the same time.
let decoyHash: Promise<string> | undefined;

/** Spends the time of one verification without a real account (no user enumeration by timing). */
export async function verifyDecoy(password: string): Promise<void> {
  decoyHash ??= hashPassword(generatePassword());
  await verifyPassword(await decoyHash, password);
}

/** A random password for generated accounts: 20 characters from a 54-letter alphabet without look-alikes. */
export function generatePassword(length = 20): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(length * 2);
  let out = '';
  for (let i = 0; i < bytes.length && out.length < length; i++) {
    const b = bytes[i]!;
    // Rejection sampling keeps every letter equally likely.
    if (b < 256 - (256 % alphabet.length)) out += alphabet[b % alphabet.length];
  }
  return out.length === length ? out : generatePassword(length);
}
