import { randomInt } from 'node:crypto';
import type { Role } from '@leidraad/shared/domain';
import type { StaffService } from './staff.service';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

const DEMO: readonly Omit<DemoAccount, 'password'>[] = [
  { username: 'hulpverlener', displayName: 'Demo Hulpverlener', role: 'counsellor' },
  { username: 'supervisor', displayName: 'Demo Supervisor', role: 'supervisor' },
  { username: 'beheerder', displayName: 'Demo Beheerder', role: 'admin' },
];

/** Readable random passwords: four groups of five Crockford characters (~100 bits). */
export function randomPassword(): string {
  const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join(''));
  return groups.join('-');
}

/**
 * First start of a development checkout: one account per role with a random password, created
 * only while there are no staff at all. The caller prints them once; they are not stored
 * anywhere but as argon2id hashes.
 */
export async function createDemoAccounts(staff: StaffService): Promise<DemoAccount[]> {
  if ((await staff.count()) > 0) return [];
  const accounts = DEMO.map((account) => ({ ...account, password: randomPassword() }));
  // The demo admin may also create helplines, so a developer can try several on one machine.
  for (const account of accounts) await staff.create(account, null, { platformAdmin: account.role === 'admin' });
  return accounts;
}
