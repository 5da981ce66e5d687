import type { Role } from '../../shared/api/roles';

/** Things an account may be allowed to do. */
export const ACTIONS = [
  'job:run',
  'script:save',
  'users:read',
  'users:write',
  'institutions:read',
  'institutions:write',
  'agreements:read',
  'agreements:write',
  'terms:publish',
  'audit:read',
  'datastores:manage',
] as const;
export type Action = (typeof ACTIONS)[number];

/** How far a role's permission reaches: everything, its own institution only, or not at all. */
export type Reach = 'any' | 'own-institution' | 'deny';

const R = (researcher: Reach, admin: Reach, owner: Reach, operator: Reach): Record<Role, Reach> => ({
  researcher,
  'institution-admin': admin,
  'data-owner': owner,
  operator,
});

/**
 * The allow/deny table, one row per action: researcher, institution-admin, data-owner, operator.
 * An account holding several roles gets the widest reach of them.
 */
export const permissionTable: Record<Action, Record<Role, Reach>> = {
  'job:run': R('any', 'deny', 'any', 'deny'),
  'script:save': R('any', 'deny', 'any', 'deny'),
  'users:read': R('deny', 'own-institution', 'deny', 'any'),
  'users:write': R('deny', 'own-institution', 'deny', 'any'),
  'institutions:read': R('deny', 'own-institution', 'deny', 'any'),
  'institutions:write': R('deny', 'deny', 'deny', 'any'),
  'agreements:read': R('deny', 'own-institution', 'deny', 'any'),
  'agreements:write': R('deny', 'deny', 'deny', 'any'),
  'terms:publish': R('deny', 'deny', 'deny', 'any'),
  'audit:read': R('deny', 'deny', 'deny', 'any'),
  'datastores:manage': R('deny', 'deny', 'any', 'any'),
};

/** The roles each role may grant (and so the accounts it may change: those holding only such roles). */
export const grantableRoles: Record<Role, readonly Role[]> = {
  researcher: [],
  'institution-admin': ['researcher', 'institution-admin'],
  'data-owner': [],
  operator: ['researcher', 'institution-admin', 'data-owner', 'operator'],
};

/** The part of an account that permissions look at. */
export interface Actor {
  roles: readonly Role[];
  institutionId: number | null;
}

/** The widest reach an actor's roles give for an action. */
export function reach(actor: Actor, action: Action): Reach {
  const reaches = actor.roles.map((role) => permissionTable[action][role]);
  if (reaches.includes('any')) return 'any';
  if (reaches.includes('own-institution') && actor.institutionId !== null) return 'own-institution';
  return 'deny';
}

/** May the actor do this to something belonging to `targetInstitutionId` (or to nothing in particular)? */
export function can(actor: Actor, action: Action, targetInstitutionId?: number | null): boolean {
  const r = reach(actor, action);
  if (r === 'any') return true;
  if (r === 'deny') return false;
  return targetInstitutionId === undefined || targetInstitutionId === actor.institutionId;
}

/** Every role the actor may grant. */
export function rolesGrantableBy(actor: Actor): Set<Role> {
  return new Set(actor.roles.flatMap((role) => grantableRoles[role]));
}

/**
 * May the actor change an account holding `targetRoles`, and give it `newRoles`? Both sets must be
 * grantable by the actor, so an institution admin can neither take over an operator's account (by
 * resetting its password) nor promote anyone to operator.
 */
export function canManageAccount(
  actor: Actor,
  targetRoles: readonly Role[],
  newRoles: readonly Role[] = [],
): boolean {
  const grantable = rolesGrantableBy(actor);
  return [...targetRoles, ...newRoles].every((role) => grantable.has(role));
}
