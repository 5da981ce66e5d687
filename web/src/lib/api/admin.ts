import type { Agreement, Institution, User } from '../../../../shared/api/admin';
import type { AuditEntry } from '../../../../shared/api/audit';
import { type ApiResult, api } from './http';

/** Accounts the admin may see. */
export function listUsers(): Promise<ApiResult<{ users: User[] }>> {
  return api('GET', '/api/admin/users');
}

/** Creates an account; the server answers with a generated password when none is given. */
export function createUser(body: {
  username: string;
  displayName: string;
  roles: string[];
}): Promise<ApiResult<{ user: User; password: string | null }>> {
  return api('POST', '/api/admin/users', body);
}

/** Changes an account's name, roles or disabled flag. */
export function updateUser(
  id: number,
  patch: { disabled?: boolean; roles?: string[] },
): Promise<ApiResult<User>> {
  return api('PATCH', `/api/admin/users/${id}`, patch);
}

/** Institutions the admin may see, with today's agreement status. */
export function listInstitutions(): Promise<ApiResult<{ institutions: Institution[] }>> {
  return api('GET', '/api/admin/institutions');
}

/** An institution's agreements. */
export function listAgreements(institutionId: number): Promise<ApiResult<{ agreements: Agreement[] }>> {
  return api('GET', `/api/admin/institutions/${institutionId}/agreements`);
}

/** Adds an agreement to an institution. */
export function createAgreement(
  institutionId: number,
  body: { reference: string; validFrom: string; validTo: string },
): Promise<ApiResult<Agreement>> {
  return api('POST', `/api/admin/institutions/${institutionId}/agreements`, body);
}

/** One page of the audit log, newest first. */
export function listAudit(filter: {
  action?: string;
  before?: number;
}): Promise<ApiResult<{ entries: AuditEntry[]; nextBefore: number | null }>> {
  const params = new URLSearchParams({ limit: '50' });
  if (filter.action) params.set('action', filter.action);
  if (filter.before) params.set('before', String(filter.before));
  return api('GET', `/api/admin/audit?${params}`);
}
