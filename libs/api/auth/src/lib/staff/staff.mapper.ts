import type { StaffAccount } from '@leidraad/shared/domain';
import type { StaffEntity } from './staff.entity';

export function toStaffAccount(staff: StaffEntity): StaffAccount {
  return {
    id: staff.id,
    username: staff.username,
    displayName: staff.displayName,
    role: staff.role,
    active: staff.active,
    locked: staff.lockedAt !== null,
    createdAt: staff.createdAt.toISOString(),
    lastSignInAt: staff.lastSignInAt?.toISOString() ?? null,
    secondFactor: staff.totpEnabledAt !== null,
  };
}
