import type { AgreementStatus, JobRefusal, TermsStatus } from '../../shared/api/auth';
import { type Actor, can } from './permissions';

/** Whether an account may run jobs now, and if not, the first reason why. */
export function jobRefusal(actor: Actor, agreement: AgreementStatus, terms: TermsStatus): JobRefusal | null {
  if (!can(actor, 'job:run')) return 'not-allowed-for-role';
  if (agreement.state !== 'valid') return 'no-valid-agreement';
  if (!terms.accepted) return 'terms-not-accepted';
  return null;
}
