import type { Role } from '@leidraad/shared/domain';
import { firstHelpline, memberRole, sql } from '@leidraad/api/core';

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

/**
 * Staff accounts are installation-wide; an admin reaches those of their own helpline (:helplineId)
 * and reads and writes their role there. NULL is the installation's command line, which reaches
 * every account, with its role in the account's first helpline.
 */
const ROLE_HELPLINE = `coalesce(:helplineId::uuid, ${firstHelpline('s.id')})`;
const ROLE = memberRole('s.id', ROLE_HELPLINE);

const ACCOUNT_COLUMNS = `s.id, s.username, s.display_name, ${ROLE} AS role, s.active, s.locked_until, s.created_at, s.last_sign_in_at, s.totp_enabled_at`;

/** A member of the helpline (any helpline for the command line). */
const IN_HELPLINE = `${ROLE} IS NOT NULL`;

export const LIST_STAFF_SQL = sql<{ helplineId: string | null }>(
  `SELECT ${ACCOUNT_COLUMNS} FROM staff s WHERE ${IN_HELPLINE} ORDER BY s.display_name`,
);

export const COUNT_STAFF_SQL = sql(`SELECT count(*)::int AS count FROM staff`);

/**
 * :username username, :displayName display name, :passwordHash password hash; the new account is a
 * member of helpline :helplineId (NULL: the installation's first helpline) with role :role, and of
 * no other; :platformAdmin lets it create helplines.
 */
export const INSERT_STAFF_SQL = sql<{
  username: string;
  displayName: string;
  role: string;
  passwordHash: string;
  helplineId: string | null;
  platformAdmin: boolean;
}>(`WITH created AS (
  INSERT INTO staff (username, display_name, password_hash, platform_admin)
     VALUES (:username, :displayName, :passwordHash, :platformAdmin)
  RETURNING id, username, display_name, active, locked_until, created_at, last_sign_in_at, totp_enabled_at
), membership AS (
  INSERT INTO helpline_member (helpline_id, staff_id, role)
  SELECT coalesce(:helplineId::uuid, (SELECT id FROM helpline ORDER BY created_at, id LIMIT 1)), id, :role FROM created
  RETURNING role
)
SELECT created.*, membership.role FROM created, membership`);

/** :id id. */
export const LOCK_STAFF_SQL = sql<{ id: string; helplineId: string | null }>(
  `SELECT ${ACCOUNT_COLUMNS} FROM staff s WHERE s.id = :id AND ${IN_HELPLINE} FOR UPDATE OF s`,
);

/** :id id. */
export const STAFF_BY_ID_SQL = sql<{ id: string; helplineId: string | null }>(
  `SELECT ${ACCOUNT_COLUMNS} FROM staff s WHERE s.id = :id AND ${IN_HELPLINE}`,
);

/** :id id, :displayName display name, :active active; `updated_at` moves only when something changed. */
export const UPDATE_STAFF_SQL = sql<{
  id: string;
  displayName: string;
  active: boolean;
}>(`UPDATE staff SET display_name = :displayName, active = :active, updated_at = now()
  WHERE id = :id AND (display_name, active) IS DISTINCT FROM (:displayName::text, :active::boolean)`);

/** :id's role in helpline :helplineId (NULL: their first) becomes :role; their other helplines keep theirs. */
export const SET_MEMBER_ROLE_SQL = sql<{ id: string; helplineId: string | null; role: string }>(
  `UPDATE helpline_member SET role = :role
    WHERE staff_id = :id AND helpline_id = (SELECT ${ROLE_HELPLINE} FROM staff s WHERE s.id = :id)`,
);

/**
 * An admin's unlock or new password: no lock, no wait, every failure counter and the lock
 * history start again.
 */
const UNLOCKED = `locked_at = NULL, locked_until = NULL, lock_count = 0, failed_logins = 0, failed_second_factors = 0, next_attempt_at = NULL`;

/** :id id; `updated_at` moves only when something changed. */
export const UNLOCK_STAFF_SQL = sql<{ id: string; helplineId: string | null }>(`UPDATE staff AS s SET ${UNLOCKED}, updated_at = now()
  WHERE s.id = :id
    AND (locked_at IS NOT NULL OR locked_until IS NOT NULL OR lock_count <> 0 OR failed_logins <> 0
         OR failed_second_factors <> 0 OR next_attempt_at IS NOT NULL)
  RETURNING ${ACCOUNT_COLUMNS}`);

/** :id id, :passwordHash password hash. */
export const SET_PASSWORD_SQL = sql<{ id: string; passwordHash: string }>(
  `UPDATE staff SET password_hash = :passwordHash, ${UNLOCKED}, updated_at = now() WHERE id = :id`,
);

export const ACTIVE_COUNSELLORS_SQL = sql<{ helplineId: string }>(
  `SELECT s.id, s.display_name FROM staff s WHERE ${memberRole('s.id')} = 'counsellor' AND s.active ORDER BY s.display_name`,
);
