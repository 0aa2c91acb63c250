import { accessCondition } from '@leidraad/api/cases';
import { SQL_GROUPED_CODE } from '@leidraad/api/core';

/** The exclusion constraint that makes a double booking impossible. */
export const NO_DOUBLE_BOOKING = 'appointment_no_double_booking';

/**
 * May this staff member see appointment `a` of case `c`? Supervisors see all; a counsellor
 * sees the appointments they will hold and those of cases they may open.
 */
export function visibleCondition(
  a: string,
  c: string,
  staff: string,
  role: string,
): string {
  return `(${a}.counsellor_id = ${staff}::uuid OR ${accessCondition(c, staff, role)})`;
}

/**
 * An appointment as one JSON value; the cancel reason stays ciphertext (base64) until the
 * mapper decrypts it. `a` is the appointment row, `c` its case.
 */
export function appointmentJson(a: string, c: string): string {
  return `json_build_object(
    'id', ${a}.id, 'caseId', ${a}.case_id, 'caseCode', ${SQL_GROUPED_CODE(`${c}.code`)},
    'counsellorId', ${a}.counsellor_id,
    'counsellorName', (SELECT display_name FROM staff WHERE id = ${a}.counsellor_id),
    'startsAt', ${a}.starts_at, 'endsAt', ${a}.ends_at, 'durationMinutes', ${a}.duration_minutes,
    'channel', ${a}.channel, 'purpose', ${a}.purpose, 'status', ${a}.status,
    'contactId', ${a}.contact_id, 'cancelReason', encode(${a}.cancel_reason, 'base64'),
    'rescheduledFromId', ${a}.rescheduled_from_id,
    'rescheduledToId', (SELECT n.id FROM appointment n WHERE n.rescheduled_from_id = ${a}.id),
    'outsideHours', ${a}.outside_hours, 'version', ${a}.version,
    'createdById', ${a}.created_by,
    'createdByName', (SELECT display_name FROM staff WHERE id = ${a}.created_by),
    'createdAt', ${a}.created_at, 'updatedAt', ${a}.updated_at)`;
}

/** A case and whether this staff member may work on it ($1 case, $2 staff, $3 role). */
export const CASE_ACCESS_SQL = `SELECT c.id, c.code, c.status, ${accessCondition('c', '$2', '$3')} AS allowed
  FROM case_file c WHERE c.id = $1`;

/** An appointment with its case and whether this staff member may see it ($1 id, $2 staff, $3 role). */
export const APPOINTMENT_ACCESS_SQL = `SELECT a.id, a.case_id, a.counsellor_id, a.starts_at, a.ends_at,
       a.duration_minutes, a.channel, a.purpose, a.status, a.version, c.code,
       ${visibleCondition('a', 'c', '$2', '$3')} AS allowed
  FROM appointment a JOIN case_file c ON c.id = a.case_id WHERE a.id = $1`;

/** The planned appointment of a counsellor in the way of [$2, $3), other than those in $4. */
export const IN_THE_WAY_SQL = `SELECT a.id, a.starts_at, a.ends_at, ${SQL_GROUPED_CODE('c.code')} AS code
  FROM appointment a JOIN case_file c ON c.id = a.case_id
 WHERE a.counsellor_id = $1 AND a.status = 'planned'
   AND tstzrange(a.starts_at, a.ends_at) && tstzrange($2::timestamptz, $3::timestamptz)
   AND a.id <> ALL($4::uuid[])
 ORDER BY a.starts_at LIMIT 1`;
