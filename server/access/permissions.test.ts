import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/api/roles';
import { ROLES } from '../../shared/api/roles';
import { ACTIONS, type Action, type Actor, can, canManageAccount } from './permissions';

// Expected answers written out by hand, independent of the table in permissions.ts:
// A = allowed anywhere, O = own institution only, - = denied.
// Columns: researcher, institution-admin, data-owner, operator.
const expected: Record<Action, string> = {
  'job:run': 'A - A -',
  'script:save': 'A - A -',
  'users:read': '- O - A',
  'users:write': '- O - A',
  'institutions:read': '- O - A',
  'institutions:write': '- - - A',
  'agreements:read': '- O - A',
  'agreements:write': '- - - A',
  'terms:publish': '- - - A',
  'audit:read': '- - - A',
  'datastores:manage': '- - A A',
};

const own = 7;
const other = 8;

describe('permission table', () => {
  const cases = ACTIONS.flatMap((action) =>
    ROLES.map((role, i) => [action, role, expected[action].split(' ')[i]!] as const),
  );

  it('has an expectation for every action', () => {
    expect(Object.keys(expected).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(cases)('%s for a %s is %s', (action, role, mark) => {
    const actor = { roles: [role as Role], institutionId: own };
    expect(can(actor, action, own)).toBe(mark !== '-');
    expect(can(actor, action, other)).toBe(mark === 'A');
    expect(can(actor, action, null)).toBe(mark === 'A');
  });

  it('gives an account with several roles the widest reach', () => {
    const actor = { roles: ['researcher', 'institution-admin'] as Role[], institutionId: own };
    expect(can(actor, 'job:run')).toBe(true);
    expect(can(actor, 'users:write', own)).toBe(true);
    expect(can(actor, 'users:write', other)).toBe(false);
  });

  it('denies own-institution reach to an admin without an institution', () => {
    expect(can({ roles: ['institution-admin'], institutionId: null }, 'users:read', null)).toBe(false);
  });
});

describe('which accounts an actor may manage', () => {
  const admin: Actor = { roles: ['institution-admin'], institutionId: own };
  const operator: Actor = { roles: ['operator'], institutionId: null };
  it.each<[string, Actor, Role[], Role[], boolean]>([
    ['admin makes a researcher', admin, [], ['researcher'], true],
    ['admin makes another admin', admin, [], ['institution-admin'], true],
    ['admin makes an operator', admin, [], ['operator'], false],
    ['admin makes a data owner', admin, [], ['data-owner'], false],
    ['admin resets an operator account', admin, ['operator'], [], false],
    ['admin resets a data owner account', admin, ['researcher', 'data-owner'], [], false],
    ['admin changes a researcher', admin, ['researcher'], ['researcher', 'institution-admin'], true],
    ['operator makes an operator', operator, [], ['operator'], true],
    ['operator changes a data owner', operator, ['data-owner'], ['researcher'], true],
  ])('%s: %s', (_name, actor, target, roles, allowed) => {
    expect(canManageAccount(actor, target, roles)).toBe(allowed);
  });
});
