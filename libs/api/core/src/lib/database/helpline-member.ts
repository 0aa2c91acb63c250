/**
 * SQL fragments about `helpline_member` (docs/tenancy.md): staff accounts are installation-wide,
 * and what a person may do depends on their membership — and role — in the helpline concerned.
 */

/**
 * The role of the staff member `staff` (an SQL expression, e.g. `s.id`) in helpline `helpline`
 * (default the statement's `:helplineId`); NULL when they are not an active member (an admin there
 * deactivated them). `IS NOT NULL` makes it the membership test, `= 'counsellor'` the role test.
 */
export function memberRole(staff: string, helpline = ':helplineId::uuid'): string {
  return `(SELECT hm.role FROM helpline_member hm WHERE hm.staff_id = ${staff} AND hm.helpline_id = ${helpline} AND hm.active)`;
}

/**
 * The role of `staff` that asks the most of signing in, over all their active memberships (an admin
 * or supervisor anywhere needs a second factor everywhere); NULL without one.
 */
export function strictestRole(staff: string): string {
  return `(SELECT hm.role FROM helpline_member hm WHERE hm.staff_id = ${staff} AND hm.active
            ORDER BY CASE hm.role WHEN 'admin' THEN 0 WHEN 'supervisor' THEN 1 ELSE 2 END LIMIT 1)`;
}

/**
 * The helpline `staff` joined first of those they are active in (where a first sign-in puts
 * them); NULL without one.
 */
export function firstHelpline(staff: string): string {
  return `(SELECT hm.helpline_id FROM helpline_member hm WHERE hm.staff_id = ${staff} AND hm.active ORDER BY hm.created_at, hm.helpline_id LIMIT 1)`;
}
