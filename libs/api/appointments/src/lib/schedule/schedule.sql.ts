import { memberRole, sql } from '@leidraad/api/core';

/** Whether staff member :staffId has a schedule of their own (else the default week applies). */
export const OWN_SCHEDULE_SQL = sql<{ staffId: string }>(`SELECT staff_id FROM staff_schedule WHERE staff_id = :staffId`);

/** The working periods of staff member :staffId. */
export const WORKING_PERIODS_SQL = sql<{ staffId: string }>(
  `SELECT weekday, start_minute, end_minute FROM working_period WHERE staff_id = :staffId ORDER BY weekday, start_minute`,
);

/** The absences of staff member :staffId, as local dates. */
export const ABSENCES_SQL = sql<{
  staffId: string;
}>(`SELECT to_char(starts_on, 'YYYY-MM-DD') AS "from", to_char(ends_on, 'YYYY-MM-DD') AS "to"
         FROM staff_absence WHERE staff_id = :staffId ORDER BY starts_on`);

/**
 * The role of staff member :staffId if active and working in helpline :helplineId: whether they can
 * hold appointments there. Staff accounts are installation-wide, so row-level security does not
 * narrow this look-up; someone of another helpline is "no such counsellor".
 */
export const MEMBER_ROLE_SQL = sql<{ staffId: string; helplineId: string }>(`SELECT ${memberRole('s.id')} AS role FROM staff s
  WHERE s.id = :staffId AND s.active AND ${memberRole('s.id')} IS NOT NULL`);
