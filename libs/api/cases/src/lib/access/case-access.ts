/** How long opening a colleague's case by code (with a reason) lets a counsellor work on it. */
export const ACCESS_GRANT_HOURS = 12;

/**
 * SQL condition: may this staff member see case `alias`? Supervisors see every case; a
 * counsellor sees the cases assigned to them and those they opened by code with a reason.
 * `staff` and `role` are parameter placeholders such as `$1`.
 */
export function accessCondition(
  alias: string,
  staff: string,
  role: string,
): string {
  return `(${role}::text = 'supervisor' OR ${alias}.assignee_id = ${staff}::uuid OR EXISTS (
    SELECT 1 FROM case_access_grant g WHERE g.case_id = ${alias}.id AND g.staff_id = ${staff}::uuid AND g.expires_at > now()))`;
}
