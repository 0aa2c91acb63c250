import type { StaffAccount } from '@leidraad/shared/domain';
import type { StaffAccountRow } from './staff.sql';

export function toStaffAccount(staff: StaffAccountRow): StaffAccount {
  return {
    id: staff.id,
    username: staff.username,
    displayName: staff.display_name,
    role: staff.role,
    active: staff.active,
    locked: staff.locked_until !== null && staff.locked_until.getTime() > Date.now(),
    createdAt: staff.created_at.toISOString(),
    lastSignInAt: staff.last_sign_in_at?.toISOString() ?? null,
    secondFactor: staff.totp_enabled_at !== null,
  };
}
