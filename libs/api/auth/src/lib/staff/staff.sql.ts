import type { Role } from '@leidraad/shared/domain';
import { sql } from '@leidraad/api/core';

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

const ACCOUNT_COLUMNS = 'id, username, display_name, role, active, locked_until, created_at, last_sign_in_at, totp_enabled_at';

/**
 * Staff accounts are installation-wide; an admin reaches those of their own helpline (:helplineId).
 * NULL is the installation's command line, which reaches every account.
 */
const IN_HELPLINE = `(:helplineId::uuid IS NULL OR id IN (SELECT staff_id FROM helpline_member WHERE helpline_id = :helplineId::uuid))`;

export const LIST_STAFF_SQL = sql<{ helplineId: string | null }>(
  `SELECT ${ACCOUNT_COLUMNS} FROM staff WHERE ${IN_HELPLINE} ORDER BY display_name`,
);

export const COUNT_STAFF_SQL = sql(`SELECT count(*)::int AS count FROM staff`);

/**
 * :username username, :displayName display name, :role role, :passwordHash password hash; the new
 * account is a member of helpline :helplineId (NULL: the installation's first helpline); :platformAdmin
 * lets it create helplines.
 */
export const INSERT_STAFF_SQL = sql<{
  username: string;
  displayName: string;
  role: string;
  passwordHash: string;
  helplineId: string | null;
  platformAdmin: boolean;
}>(`WITH created AS (
  INSERT INTO staff (username, display_name, role, password_hash, platform_admin)
     VALUES (:username, :displayName, :role, :passwordHash, :platformAdmin) RETURNING ${ACCOUNT_COLUMNS}
), membership AS (
  INSERT INTO helpline_member (helpline_id, staff_id)
  SELECT coalesce(:helplineId::uuid, (SELECT id FROM helpline ORDER BY created_at, id LIMIT 1)), id FROM created
)
SELECT * FROM created`);

/** :id id. */
export const LOCK_STAFF_SQL = sql<{ id: string; helplineId: string | null }>(
  `SELECT ${ACCOUNT_COLUMNS} FROM staff WHERE id = :id AND ${IN_HELPLINE} FOR UPDATE`,
);

/** :id id. */
export const STAFF_BY_ID_SQL = sql<{ id: string; helplineId: string | null }>(
  `SELECT ${ACCOUNT_COLUMNS} FROM staff WHERE id = :id AND ${IN_HELPLINE}`,
);

/** :id id, :displayName display name, :role role, :active active; `updated_at` moves only when something changed. */
export const UPDATE_STAFF_SQL = sql<{
  id: string;
  displayName: string;
  role: string;
  active: boolean;
}>(`UPDATE staff SET display_name = :displayName, role = :role, active = :active, updated_at = now()
  WHERE id = :id AND (display_name, role, active) IS DISTINCT FROM (:displayName::text, :role::text, :active::boolean)
  RETURNING ${ACCOUNT_COLUMNS}`);

/**
 * An admin's unlock or new password: no lock, no wait, every failure counter and the lock
 * history start again.
 */
const UNLOCKED = `locked_at = NULL, locked_until = NULL, lock_count = 0, failed_logins = 0, failed_second_factors = 0, next_attempt_at = NULL`;

/** :id id; `updated_at` moves only when something changed. */
export const UNLOCK_STAFF_SQL = sql<{ id: string }>(`UPDATE staff SET ${UNLOCKED}, updated_at = now()
  WHERE id = :id
    AND (locked_at IS NOT NULL OR locked_until IS NOT NULL OR lock_count <> 0 OR failed_logins <> 0
         OR failed_second_factors <> 0 OR next_attempt_at IS NOT NULL)
  RETURNING ${ACCOUNT_COLUMNS}`);

/** :id id, :passwordHash password hash. */
export const SET_PASSWORD_SQL = sql<{ id: string; passwordHash: string }>(
  `UPDATE staff SET password_hash = :passwordHash, ${UNLOCKED}, updated_at = now() WHERE id = :id`,
);

export const ACTIVE_COUNSELLORS_SQL = sql<{ helplineId: string }>(
  `SELECT id, display_name FROM staff WHERE role = 'counsellor' AND active AND ${IN_HELPLINE} ORDER BY display_name`,
);
