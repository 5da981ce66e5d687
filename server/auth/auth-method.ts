/** What a login method concludes about some credentials. */
export type AuthOutcome =
  | { ok: true; userId: number }
  | { ok: false; reason: 'invalid-credentials' | 'account-disabled'; userId: number | null };

/**
 * One way to prove who you are. Local passwords are the first; an OpenID Connect provider (Feide,
 * ID-porten) is a second implementation whose credentials are the authorisation code and state of
 * its callback. Whatever the method, a success ends in the same `SessionStore.create(userId, method.id)`,
 * so sessions, CSRF, roles, agreements and audit do not change when a method is added.
 */
export interface AuthMethod<Credentials> {
  /** Stable id recorded on sessions and in the audit log, e.g. `local` or `oidc:feide`. */
  readonly id: string;
  authenticate(credentials: Credentials): Promise<AuthOutcome>;
}
