import type { MeResponse } from '../../shared/api/auth';
import { jobRefusal } from '../access/job-eligibility';
import { iso } from '../config/clock';
import type { Services } from '../services';
import type { AuthContext } from './env';

/** The session as `GET /api/auth/me` and login answer it. */
export function buildMe(services: Services, { account, session }: AuthContext): MeResponse {
  const institution =
    account.institutionId === null ? undefined : services.institutions.get(account.institutionId);
  const agreement = services.institutions.agreementStatus(account.institutionId);
  const currentVersion = services.terms.current()?.version ?? null;
  const acceptedVersion = services.terms.acceptedVersion(account.id);
  const terms = {
    currentVersion,
    acceptedVersion,
    accepted: currentVersion !== null && acceptedVersion === currentVersion,
  };
  const refusal = jobRefusal(account, agreement, terms);
  return {
    user: {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      roles: account.roles,
      institution: institution ? { id: institution.id, name: institution.name } : null,
    },
    agreement,
    terms,
    canRunJobs: refusal === null,
    jobRefusal: refusal,
    csrfToken: session.csrfToken,
    sessionExpiresAt: iso(session.expiresAt),
  };
}
