import { z } from 'zod';
import { IsoDateSchema, TimestampSchema } from './common';
import { RoleSchema } from './roles';

/** `POST /api/auth/login` body. */
export const LoginRequestSchema = z.object({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** Whether the user's institution has an agreement in force today. */
export const AgreementStatusSchema = z.object({
  state: z.enum(['valid', 'expired', 'not-yet-valid', 'none']),
  reference: z.string().nullable(),
  validFrom: IsoDateSchema.nullable(),
  validTo: IsoDateSchema.nullable(),
});
export type AgreementStatus = z.infer<typeof AgreementStatusSchema>;

/** Which version of the end-user terms is current and which one the user accepted. */
export const TermsStatusSchema = z.object({
  currentVersion: z.number().int().nullable(),
  acceptedVersion: z.number().int().nullable(),
  accepted: z.boolean(),
});
export type TermsStatus = z.infer<typeof TermsStatusSchema>;

/** Why a user may not run jobs right now (null when they may). */
export const JobRefusalSchema = z.enum(['not-allowed-for-role', 'no-valid-agreement', 'terms-not-accepted']);
export type JobRefusal = z.infer<typeof JobRefusalSchema>;

/** The signed-in account as the web app shows it. */
export const SessionUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  institution: z.object({ id: z.number().int(), name: z.string() }).nullable(),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

/**
 * `GET /api/auth/me` and the answer to a login: who is signed in, whether they may run jobs, and the
 * CSRF token to send back in the `X-CSRF-Token` header on every state-changing request.
 */
export const MeResponseSchema = z.object({
  user: SessionUserSchema,
  agreement: AgreementStatusSchema,
  terms: TermsStatusSchema,
  canRunJobs: z.boolean(),
  jobRefusal: JobRefusalSchema.nullable(),
  csrfToken: z.string(),
  sessionExpiresAt: TimestampSchema,
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

/** `POST /api/auth/password` body: change one's own password. */
export const ChangePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().min(12, 'a password needs at least 12 characters').max(1000),
});

/** The header that carries the CSRF token. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** One version of the end-user terms, in Norwegian and English. */
export const TermsSchema = z.object({
  version: z.number().int(),
  textNb: z.string(),
  textEn: z.string(),
  publishedAt: TimestampSchema,
});
export type Terms = z.infer<typeof TermsSchema>;

/** `POST /api/terms/accept` body: the version the user read (must be the current one). */
export const AcceptTermsRequestSchema = z.object({ version: z.number().int().positive() });

/** `POST /api/admin/terms` body: publish a new version of the terms. */
export const PublishTermsRequestSchema = z.object({
  textNb: z.string().min(1).max(100_000),
  textEn: z.string().min(1).max(100_000),
});
