/**
 * The one definition of who may reach a case, as SQL. Grounds, in this order: the case is
 * assigned to them; they are a supervisor (who sees every case); they opened it by its exact
 * code with a reason within the last ACCESS_GRANT_HOURS (`case_access_grant`). NULL: none.
 * `alias` is the case row's alias, `staff` and `role` parameter placeholders such as `$2`.
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

/** A case by id ($1) with the grounds of staff member $2 (role $3). */
export const CASE_BY_ID_SQL = `SELECT ${CASE_COLUMNS}, ${groundsSql('c', '$2', '$3')} AS grounds
  FROM case_file c WHERE c.id = $1`;

/** A case by its canonical code ($1) with the grounds of staff member $2 (role $3). */
export const CASE_BY_CODE_SQL = `SELECT ${CASE_COLUMNS}, ${groundsSql('c', '$2', '$3')} AS grounds
  FROM case_file c WHERE c.code = $1`;

/**
 * Break the glass: counsellor $1 may work on case $2 for the next $3 hours, and why ($4 category,
 * $5 note ciphertext) is kept with the case.
 */
export const GRANT_SQL = `WITH granted AS (
  INSERT INTO case_access_grant (staff_id, case_id, granted_at, expires_at)
  VALUES ($1, $2, now(), now() + make_interval(hours => $3))
  ON CONFLICT (staff_id, case_id) DO UPDATE SET granted_at = now(), expires_at = EXCLUDED.expires_at
)
INSERT INTO case_access_reason (id, case_id, staff_id, category, note) VALUES ($6, $2, $1, $4, $5)`;

/** `withGrounds` in SQL, for audit rows a hot-path statement writes itself. */
export function sqlWithGrounds(grounds: string, reason?: string): string {
  return reason ? `'access=' || ${grounds} || '; ' || ${reason}` : `'access=' || ${grounds}`;
}
