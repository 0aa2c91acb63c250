import type { Role } from '@leidraad/shared/domain';
import { memberRole, sql } from '@leidraad/api/core';

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
 * Staff accounts are installation-wide; an admin reaches those of their own helpline (:helplineId),
 * active there or not (so they can reactivate whom they deactivated), and reads and writes their
 * role and whether they are active **there**. NULL is the installation's command line, which
 * reaches every account, through its first membership.
 */
const ROLE_HELPLINE = `coalesce(:helplineId::uuid,
  (SELECT first.helpline_id FROM helpline_member first WHERE first.staff_id = s.id ORDER BY first.created_at, first.helpline_id LIMIT 1))`;

/** `staff s` with its membership `m` in the admin's helpline: only members are reached. */
const ACCOUNTS = `staff s JOIN helpline_member m ON m.staff_id = s.id AND m.helpline_id = ${ROLE_HELPLINE}`;

/** Active means the account and its membership in this helpline. */
const ACCOUNT_COLUMNS = `s.id, s.username, s.display_name, m.role, s.active AND m.active AS active, s.locked_until, s.created_at, s.last_sign_in_at, s.totp_enabled_at`;

export const LIST_STAFF_SQL = sql<{ helplineId: string | null }>(`SELECT ${ACCOUNT_COLUMNS} FROM ${ACCOUNTS} ORDER BY s.display_name`);

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
  `SELECT ${ACCOUNT_COLUMNS} FROM ${ACCOUNTS} WHERE s.id = :id FOR UPDATE OF s, m`,
);

/** :id id. */
export const STAFF_BY_ID_SQL = sql<{ id: string; helplineId: string | null }>(
  `SELECT ${ACCOUNT_COLUMNS} FROM ${ACCOUNTS} WHERE s.id = :id`,
);

/** :id id, :displayName display name; `updated_at` moves only when something changed. */
export const SET_DISPLAY_NAME_SQL = sql<{ id: string; displayName: string }>(
  `UPDATE staff SET display_name = :displayName, updated_at = now() WHERE id = :id AND display_name IS DISTINCT FROM :displayName::text`,
);

/**
 * :id's membership in helpline :helplineId (NULL: their first) gets role :role and, unless :active is
 * NULL, active :active; their other helplines keep theirs.
 */
export const SET_MEMBERSHIP_SQL = sql<{ id: string; helplineId: string | null; role: string; active: boolean | null }>(
  `UPDATE helpline_member SET role = :role, active = coalesce(:active::boolean, active)
    WHERE staff_id = :id AND helpline_id = (SELECT ${ROLE_HELPLINE} FROM staff s WHERE s.id = :id)`,
);

/**
 * Whether :id also works in a helpline where :actorId is not an active admin: then what is the
 * whole account's — its password, second factor and name — is not this admin's to change.
 */
export const SHARED_BEYOND_ACTOR_SQL = sql<{ id: string; actorId: string; helplineId: string }>(`SELECT EXISTS (
  SELECT 1 FROM helpline_member o
   WHERE o.staff_id = :id AND o.helpline_id <> :helplineId
     AND ${memberRole(':actorId::uuid', 'o.helpline_id')} IS DISTINCT FROM 'admin') AS shared`);

/**
 * An admin's unlock or new password: no lock, no wait, every failure counter and the lock
 * history start again.
 */
const UNLOCKED = `locked_at = NULL, locked_until = NULL, lock_count = 0, failed_logins = 0, failed_second_factors = 0, next_attempt_at = NULL`;

/** :id id; `updated_at` moves only when something changed. */
export const UNLOCK_STAFF_SQL = sql<{ id: string; helplineId: string | null }>(`UPDATE staff AS s SET ${UNLOCKED}, updated_at = now()
  WHERE s.id = :id AND EXISTS (SELECT 1 FROM helpline_member m WHERE m.staff_id = s.id AND m.helpline_id = ${ROLE_HELPLINE})
    AND (locked_at IS NOT NULL OR locked_until IS NOT NULL OR lock_count <> 0 OR failed_logins <> 0
         OR failed_second_factors <> 0 OR next_attempt_at IS NOT NULL)
  RETURNING s.id`);

/** :id id, :passwordHash password hash. */
export const SET_PASSWORD_SQL = sql<{ id: string; passwordHash: string }>(
  `UPDATE staff SET password_hash = :passwordHash, ${UNLOCKED}, updated_at = now() WHERE id = :id`,
);

export const ACTIVE_COUNSELLORS_SQL = sql<{ helplineId: string }>(
  `SELECT s.id, s.display_name FROM staff s WHERE ${memberRole('s.id')} = 'counsellor' AND s.active ORDER BY s.display_name`,
);
