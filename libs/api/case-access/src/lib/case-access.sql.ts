import { sql } from '@leidraad/api/core';

/**
 * The one definition of who may reach a case, as SQL. Grounds, in this order: the case is
 * assigned to them; they are a supervisor (who sees every case); they opened it by its exact
 * code with a reason within the last ACCESS_GRANT_HOURS (`case_access_grant`). NULL: none.
 * `alias` is the case row's alias, `staff` and `role` parameter placeholders such as `:staffId`.
 */
export function groundsSql(alias: string, staff: string, role: string): string {
  return `CASE WHEN ${alias}.assignee_id = ${staff}::uuid THEN 'assignee'
       WHEN ${role}::text = 'supervisor' THEN 'supervisor'
       WHEN EXISTS (SELECT 1 FROM case_access_grant g
                     WHERE g.case_id = ${alias}.id AND g.staff_id = ${staff}::uuid AND g.expires_at > now()) THEN 'grant'
  END`;
}

/**
 * `groundsSql(…) IS NOT NULL`, spelt as an OR so list filters keep their plans: for statements
 * that narrow a list to what the caller may see (the agenda).
 */
export function accessCondition(alias: string, staff: string, role: string): string {
  return `(${role}::text = 'supervisor' OR ${alias}.assignee_id = ${staff}::uuid OR EXISTS (
    SELECT 1 FROM case_access_grant g WHERE g.case_id = ${alias}.id AND g.staff_id = ${staff}::uuid AND g.expires_at > now()))`;
}

/** How long opening a colleague's case by code (with a reason) lets a counsellor work on it. */
export const ACCESS_GRANT_HOURS = 12;

const CASE_COLUMNS = `c.id, c.code, c.version, c.status, c.caller_role, c.concern, c.code_word_hash, c.assignee_id`;

/** A case by id (:caseId) with the grounds of staff member :staffId (role :role). */
export const CASE_BY_ID_SQL = sql<{
  caseId: string;
  staffId: string;
  role: string;
}>(`SELECT ${CASE_COLUMNS}, ${groundsSql('c', ':staffId', ':role')} AS grounds
  FROM case_file c WHERE c.id = :caseId`);

/** `CASE_BY_ID_SQL`, the case row locked for a change. */
export const CASE_BY_ID_FOR_UPDATE_SQL = sql<{ caseId: string; staffId: string; role: string }>(`${CASE_BY_ID_SQL.source} FOR UPDATE OF c`);

/** A case by its canonical code (:code) with the grounds of staff member :staffId (role :role). */
export const CASE_BY_CODE_SQL = sql<{
  code: string;
  staffId: string;
  role: string;
}>(`SELECT ${CASE_COLUMNS}, ${groundsSql('c', ':staffId', ':role')} AS grounds
  FROM case_file c WHERE c.code = :code`);

/**
 * Break the glass: counsellor :staffId may work on case :caseId for the next :hours hours, and why (:category category,
 * :note note ciphertext) is kept with the case.
 */
export const GRANT_SQL = sql<{
  staffId: string;
  caseId: string;
  hours: number;
  category: string;
  note: Buffer | null;
  reasonId: string;
}>(`WITH granted AS (
  INSERT INTO case_access_grant (staff_id, case_id, granted_at, expires_at)
  VALUES (:staffId, :caseId, now(), now() + make_interval(hours => :hours))
  ON CONFLICT (staff_id, case_id) DO UPDATE SET granted_at = now(), expires_at = EXCLUDED.expires_at
)
INSERT INTO case_access_reason (id, case_id, staff_id, category, note) VALUES (:reasonId, :caseId, :staffId, :category, :note)`);

/** `withGrounds` in SQL, for audit rows a hot-path statement writes itself. */
export function sqlWithGrounds(grounds: string, reason?: string): string {
  return reason ? `'access=' || ${grounds} || '; ' || ${reason}` : `'access=' || ${grounds}`;
}
