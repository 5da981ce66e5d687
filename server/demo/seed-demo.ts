import type { Role } from '../../shared/api/roles';
import { generatePassword } from '../auth/passwords';
import { calendarDate } from '../config/clock';
import type { Services } from '../services';

/** The demo institution's name; its presence means the demo data exists. */
export const DEMO_INSTITUTION = 'Demo-institusjonen';

/** One demo account and its password (shown once, when it is created). */
export interface DemoAccount {
  username: string;
  roles: Role[];
  password: string;
}

const accounts: { username: string; displayName: string; roles: Role[]; inInstitution: boolean }[] = [
  { username: 'demo-researcher', displayName: 'Demo Forsker', roles: ['researcher'], inInstitution: true },
  {
    username: 'demo-admin',
    displayName: 'Demo Institusjonsadmin',
    roles: ['institution-admin'],
    inInstitution: true,
  },
  { username: 'demo-owner', displayName: 'Demo Dataeier', roles: ['data-owner'], inInstitution: true },
  {
    username: 'demo-operator',
    displayName: 'Demo Driftsoperatør',
    roles: ['operator'],
    inInstitution: false,
  },
];

/**
 * Creates, once, a demo institution with an agreement valid from today to the end of the third
 * year after, and four demo accounts with random passwords (or `password` for all of them).
 * Returns the new accounts with their passwords, or null when the demo data already exists.
 */
export async function ensureDemoData(services: Services, password?: string): Promise<DemoAccount[] | null> {
  const { institutions, users, audit, clock, config } = services;
  if (institutions.findByName(DEMO_INSTITUTION)) return null;
  const today = calendarDate(clock.now(), config.timeZone);
  const institution = institutions.create(DEMO_INSTITUTION);
  institutions.addAgreement(institution.id, {
    reference: 'DEMO-1',
    validFrom: today,
    validTo: `${Number(today.slice(0, 4)) + 3}-12-31`,
  });
  const created: DemoAccount[] = [];
  for (const account of accounts) {
    if (users.findByUsername(account.username)) continue;
    const secret = password ?? generatePassword();
    const user = await users.create({
      username: account.username,
      displayName: account.displayName,
      roles: account.roles,
      institutionId: account.inInstitution ? institution.id : null,
      password: secret,
    });
    audit.record({
      action: 'user.created',
      targetType: 'user',
      targetId: user.id,
      details: { username: user.username, demo: true },
    });
    created.push({ username: account.username, roles: account.roles, password: secret });
  }
  return created;
}

/** The console notice listing new demo accounts. */
export function demoNotice(accounts: DemoAccount[], url: string): string {
  const width = Math.max(...accounts.map((a) => a.username.length));
  return [
    '',
    `Demo accounts created (the passwords are shown only this once; they are stored hashed):`,
    ...accounts.map((a) => `  ${a.username.padEnd(width)}  ${a.password}   (${a.roles.join(', ')})`),
    `Sign in at ${url}`,
    '',
  ].join('\n');
}
