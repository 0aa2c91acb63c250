import { accessCondition } from '@leidraad/api/case-access';
import { sqlFormatCaseCode } from '@leidraad/shared/case-code';
import { sql } from '@leidraad/api/core';

/** The exclusion constraint that makes a double booking impossible. */
export const NO_DOUBLE_BOOKING = 'appointment_no_double_booking';

/**
 * May this staff member see appointment `a` of case `c`? Supervisors see all; a counsellor
 * sees the appointments they will hold and those of cases they may open.
 */
export function visibleCondition(a: string, c: string, staff: string, role: string): string {
  return `(${a}.counsellor_id = ${staff}::uuid OR ${accessCondition(c, staff, role)})`;
}

/**
 * An appointment as one JSON value; the cancel reason stays ciphertext (base64) until the
 * mapper decrypts it. `a` is the appointment row, `c` its case; the staff names and the
 * follow-up come from the joins of `appointmentFrom(a, c)` (aliases `a_counsellor`,
 * `a_creator`, `a_next` for `a` = 'a'), not from a subquery per row.
 */
export function appointmentJson(a: string, c: string): string {
  return `json_build_object(
    'id', ${a}.id, 'caseId', ${a}.case_id, 'caseCode', ${sqlFormatCaseCode(`${c}.code`)},
    'counsellorId', ${a}.counsellor_id, 'counsellorName', ${a}_counsellor.display_name,
    'startsAt', ${a}.starts_at, 'endsAt', ${a}.ends_at, 'durationMinutes', ${a}.duration_minutes,
    'channel', ${a}.channel, 'purpose', ${a}.purpose, 'status', ${a}.status,
    'contactId', ${a}.contact_id, 'cancelReason', encode(${a}.cancel_reason, 'base64'),
    'rescheduledFromId', ${a}.rescheduled_from_id, 'rescheduledToId', ${a}_next.id,
    'outsideHours', ${a}.outside_hours, 'version', ${a}.version,
    'createdById', ${a}.created_by, 'createdByName', ${a}_creator.display_name,
    'createdAt', ${a}.created_at, 'updatedAt', ${a}.updated_at)`;
}

/**
 * The FROM clause `appointmentJson(a, c)` needs: the appointment, its case, the two staff
 * members it names (both NOT NULL references, so inner joins) and the appointment that
 * replaced it, if any (rescheduled_from_id is unique, so at most one row).
 */
export function appointmentFrom(a: string, c: string): string {
  return `appointment ${a} JOIN case_file ${c} ON ${c}.id = ${a}.case_id
  JOIN staff ${a}_counsellor ON ${a}_counsellor.id = ${a}.counsellor_id
  JOIN staff ${a}_creator ON ${a}_creator.id = ${a}.created_by
  LEFT JOIN appointment ${a}_next ON ${a}_next.rescheduled_from_id = ${a}.id`;
}

/** Appointments as JSON (column `appointment`); add WHERE/ORDER BY on aliases `a` and `c`. */
export const APPOINTMENT_SELECT = `SELECT ${appointmentJson('a', 'c')} AS appointment
  FROM ${appointmentFrom('a', 'c')}`;

/** Appointment :id as JSON (column `appointment`). */
export const APPOINTMENT_VIEW_SQL = sql<{ id: string }>(`${APPOINTMENT_SELECT} WHERE a.id = :id`);

/** An appointment by id (:id), without its case: access to that is the case-access service's. */
export const APPOINTMENT_ROW_SQL = sql<{ id: string }>(`SELECT a.id, a.case_id, a.counsellor_id, a.starts_at, a.ends_at,
       a.duration_minutes, a.channel, a.purpose, a.status, a.version
  FROM appointment a WHERE a.id = :id`);

/** `APPOINTMENT_ROW_SQL`, the row locked for a change. */
export const APPOINTMENT_ROW_FOR_UPDATE_SQL = sql<{ id: string }>(`${APPOINTMENT_ROW_SQL.source} FOR UPDATE`);

/** The planned appointments of counsellor :counsellorId between :from and :to (free slots are around them). */
export const BUSY_SQL = sql<{ counsellorId: string; from: string; to: string }>(`SELECT starts_at, ends_at FROM appointment
        WHERE counsellor_id = :counsellorId AND status = 'planned' AND ends_at > :from AND starts_at < :to`);

/**
 * A new appointment: :caseId case, :counsellorId counsellor, :startsAt start, :durationMinutes minutes, :channel channel, :purpose purpose,
 * :outsideHours outside working hours, :rescheduledFromId the appointment it replaces, :staffId the staff member booking it.
 */
export const INSERT_APPOINTMENT_SQL = sql<{
  caseId: string;
  counsellorId: string;
  startsAt: string;
  durationMinutes: number;
  channel: string;
  purpose: string;
  outsideHours: boolean;
  rescheduledFromId: string | null;
  staffId: string;
}>(`INSERT INTO appointment (case_id, counsellor_id, starts_at, ends_at, duration_minutes, channel, purpose,
                                outside_hours, rescheduled_from_id, created_by, updated_by)
       VALUES (:caseId, :counsellorId, :startsAt::timestamptz, :startsAt::timestamptz + :durationMinutes * interval '1 minute', :durationMinutes, :channel, :purpose, :outsideHours, :rescheduledFromId, :staffId, :staffId)
       RETURNING id`);

/** The planned appointment of a counsellor in the way of [:startsAt, :endsAt), other than those in :replaces. */
export const IN_THE_WAY_SQL = sql<{
  counsellorId: string;
  startsAt: string;
  endsAt: string;
  replaces: string[];
}>(`SELECT a.id, a.starts_at, a.ends_at
  FROM appointment a
 WHERE a.counsellor_id = :counsellorId AND a.status = 'planned'
   AND tstzrange(a.starts_at, a.ends_at) && tstzrange(:startsAt::timestamptz, :endsAt::timestamptz)
   AND a.id <> ALL(:replaces::uuid[])
 ORDER BY a.starts_at LIMIT 1`);
