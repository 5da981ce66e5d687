import { z } from 'zod';
import { AgreementStatusSchema } from './auth';
import { IsoDateSchema, TimestampSchema } from './common';
import { RoleSchema } from './roles';

/** Usernames: lower-case letters, digits, dot, dash and underscore. */
export const UsernameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'usernames are 2-64 lower-case letters, digits, . _ or -');

/** A password chosen by a person. */
export const NewPasswordSchema = z.string().min(12, 'a password needs at least 12 characters').max(1000);

/** An account as institution admins and operators see it. */
export const UserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  institutionId: z.number().int().nullable(),
  disabled: z.boolean(),
  createdAt: TimestampSchema,
  termsAcceptedVersion: z.number().int().nullable(),
});
export type User = z.infer<typeof UserSchema>;

/** `GET /api/admin/users` query: operators may pick any institution, admins only their own. */
export const UserListQuerySchema = z.object({ institutionId: z.coerce.number().int().positive().optional() });

/** `GET /api/admin/users` answer. */
export const UserListResponseSchema = z.object({ users: z.array(UserSchema) });

/** `POST /api/admin/users` body. Without a password the server generates one and returns it once. */
export const CreateUserRequestSchema = z.object({
  username: UsernameSchema,
  displayName: z.string().min(1).max(200),
  roles: z.array(RoleSchema).min(1),
  institutionId: z.number().int().positive().optional(),
  password: NewPasswordSchema.optional(),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;

/** Answer to creating an account or resetting its password: the generated password, shown once. */
export const UserWithPasswordSchema = z.object({ user: UserSchema, password: z.string().nullable() });

/** `PATCH /api/admin/users/:id` body. */
export const UpdateUserRequestSchema = z
  .object({
    displayName: z.string().min(1).max(200).optional(),
    roles: z.array(RoleSchema).min(1).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');

/** An institution with the status of its agreement today. */
export const InstitutionSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: TimestampSchema,
  agreement: AgreementStatusSchema,
});
export type Institution = z.infer<typeof InstitutionSchema>;

/** `GET /api/admin/institutions` answer. */
export const InstitutionListResponseSchema = z.object({ institutions: z.array(InstitutionSchema) });

/** `POST /api/admin/institutions` and `PATCH /api/admin/institutions/:id` body. */
export const InstitutionRequestSchema = z.object({ name: z.string().trim().min(2).max(200) });

/** An agreement between an institution and the service, valid on the days validFrom..validTo inclusive. */
export const AgreementSchema = z.object({
  id: z.number().int(),
  institutionId: z.number().int(),
  reference: z.string(),
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema,
  createdAt: TimestampSchema,
});
export type Agreement = z.infer<typeof AgreementSchema>;

/** `GET /api/admin/institutions/:id/agreements` answer. */
export const AgreementListResponseSchema = z.object({ agreements: z.array(AgreementSchema) });

const agreementFields = z.object({
  reference: z.string().trim().min(1).max(200),
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema,
});

/** `POST /api/admin/institutions/:id/agreements` body. */
export const CreateAgreementRequestSchema = agreementFields.refine(
  (a) => a.validFrom <= a.validTo,
  'validFrom must not be after validTo',
);

/** `PATCH /api/admin/agreements/:id` body (for instance to end an agreement early). */
export const UpdateAgreementRequestSchema = agreementFields
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
