import { z } from 'zod';

/** The roles a Registerlab account can hold; an account may hold several. */
export const ROLES = ['researcher', 'institution-admin', 'data-owner', 'operator'] as const;

/** One role, as the API spells it. */
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;
