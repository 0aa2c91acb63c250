import type { Role } from '@leidraad/shared/domain';

/** The columns of `staff` an account view needs (migrations/src/1764165600000-staff-and-sessions.ts). */
export interface StaffAccountRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  active: boolean;
  locked_until: Date | null;
  created_at: Date;
  last_sign_in_at: Date | null;
  totp_enabled_at: Date | null;
}

const ACCOUNT_COLUMNS =
  'id, username, display_name, role, active, locked_until, created_at, last_sign_in_at, totp_enabled_at';

export const LIST_STAFF_SQL = `SELECT ${ACCOUNT_COLUMNS} FROM staff ORDER BY display_name`;

export const COUNT_STAFF_SQL = `SELECT count(*)::int AS count FROM staff`;

/** $1 username, $2 display name, $3 role, $4 password hash. */
export const INSERT_STAFF_SQL = `INSERT INTO staff (username, display_name, role, password_hash)
     VALUES ($1, $2, $3, $4) RETURNING ${ACCOUNT_COLUMNS}`;

/** $1 id. */
export const LOCK_STAFF_SQL = `SELECT ${ACCOUNT_COLUMNS} FROM staff WHERE id = $1 FOR UPDATE`;

/** $1 id. */
export const STAFF_BY_ID_SQL = `SELECT ${ACCOUNT_COLUMNS} FROM staff WHERE id = $1`;

/** $1 id, $2 display name, $3 role, $4 active; `updated_at` moves only when something changed. */
export const UPDATE_STAFF_SQL = `UPDATE staff SET display_name = $2, role = $3, active = $4, updated_at = now()
  WHERE id = $1 AND (display_name, role, active) IS DISTINCT FROM ($2::text, $3::text, $4::boolean)
  RETURNING ${ACCOUNT_COLUMNS}`;

/**
 * An admin's unlock or new password: no lock, no wait, every failure counter and the lock
 * history start again.
 */
const UNLOCKED = `locked_at = NULL, locked_until = NULL, lock_count = 0, failed_logins = 0, failed_second_factors = 0, next_attempt_at = NULL`;

/** $1 id; `updated_at` moves only when something changed. */
export const UNLOCK_STAFF_SQL = `UPDATE staff SET ${UNLOCKED}, updated_at = now()
  WHERE id = $1
    AND (locked_at IS NOT NULL OR locked_until IS NOT NULL OR lock_count <> 0 OR failed_logins <> 0
         OR failed_second_factors <> 0 OR next_attempt_at IS NOT NULL)
  RETURNING ${ACCOUNT_COLUMNS}`;

/** $1 id, $2 password hash. */
export const SET_PASSWORD_SQL = `UPDATE staff SET password_hash = $2, ${UNLOCKED}, updated_at = now() WHERE id = $1`;

export const ACTIVE_COUNSELLORS_SQL = `SELECT id, display_name FROM staff WHERE role = 'counsellor' AND active ORDER BY display_name`;
