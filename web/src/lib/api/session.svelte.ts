import type { MeResponse, Terms } from '../../../../shared/api/auth';
import { type ApiFailure, api, setCsrfToken } from './http';

/** Who is signed in (or null), loaded from `/api/auth/me`; login, logout and accepting the terms. */
class Session {
  me = $state.raw<MeResponse | null>(null);
  /** False until the first `/api/auth/me` answer. */
  loaded = $state(false);

  private set(me: MeResponse | null): void {
    this.me = me;
    setCsrfToken(me?.csrfToken ?? null);
  }

  /** Reads the current session from the server. */
  async refresh(): Promise<void> {
    const result = await api<MeResponse>('GET', '/api/auth/me');
    this.set(result.ok ? result.data : null);
    this.loaded = true;
  }

  /** Signs in; returns the failure to show, or null. */
  async login(username: string, password: string): Promise<ApiFailure | null> {
    const result = await api<MeResponse>('POST', '/api/auth/login', { username, password });
    if (!result.ok) return result;
    this.set(result.data);
    return null;
  }

  /** Signs out. */
  async logout(): Promise<void> {
    await api('POST', '/api/auth/logout');
    this.set(null);
  }

  /** The current terms, to show before accepting. */
  async terms() {
    return api<Terms>('GET', '/api/terms');
  }

  /** Accepts a version of the terms, then rereads the session. */
  async acceptTerms(version: number): Promise<ApiFailure | null> {
    const result = await api('POST', '/api/terms/accept', { version });
    if (!result.ok) return result;
    await this.refresh();
    return null;
  }

  /** True when the user holds one of the roles. */
  hasRole(...roles: string[]): boolean {
    return this.me?.user.roles.some((r) => roles.includes(r)) ?? false;
  }
}

/** The app's one session. */
export const session = new Session();
