import type { Role } from './roles';

/** The signed-in staff member as the API answers it (`/api/auth/login`, `/api/auth/me`). */
export interface StaffMember {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** May create helplines (`POST /api/helplines`) and list every helpline; only in `/api/auth/me`. */
  platformAdmin?: boolean;
}

/** A staff account as the admin's staff list shows it. */
export interface StaffAccount extends StaffMember {
  active: boolean;
  locked: boolean;
  createdAt: string;
  lastSignInAt: string | null;
  /** Whether an authenticator app is set up as their second factor. */
  secondFactor: boolean;
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}$/;
export const DISPLAY_NAME_MAX = 100;
