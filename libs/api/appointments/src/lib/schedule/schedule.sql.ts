/** Whether staff member $1 has a schedule of their own (else the default week applies). */
export const OWN_SCHEDULE_SQL = `SELECT staff_id FROM staff_schedule WHERE staff_id = $1`;

/** The working periods of staff member $1. */
export const WORKING_PERIODS_SQL = `SELECT weekday, start_minute, end_minute FROM working_period WHERE staff_id = $1 ORDER BY weekday, start_minute`;

/** The absences of staff member $1, as local dates. */
export const ABSENCES_SQL = `SELECT to_char(starts_on, 'YYYY-MM-DD') AS "from", to_char(ends_on, 'YYYY-MM-DD') AS "to"
         FROM staff_absence WHERE staff_id = $1 ORDER BY starts_on`;

/** The role of staff member $1 if active: whether they can hold appointments. */
export const ACTIVE_STAFF_ROLE_SQL = `SELECT role FROM staff WHERE id = $1 AND active`;
