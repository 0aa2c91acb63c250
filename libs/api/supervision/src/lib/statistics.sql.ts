import { DURATION_COLUMNS } from './duration';
import { OWN_CONCERN_CALLER_ROLES } from '@leidraad/shared/domain';
import { sql } from '@leidraad/api/core';

/**
 * Monthly counts for the published statistics, from the summary tables of migration
 * 1764450000000 (never from raw contacts). Contacts: :weeks the Mondays of the weeks that lie inside
 * one month of the period (read from the weekly table), :days every other day of the period (read
 * from the daily one); one row per month × channel × caller role × concern.
 */
export const MONTHLY_CONTACTS_SQL = sql<{ weeks: string[]; days: string[] }>(`WITH src AS (
    SELECT date_trunc('month', week) AS month, channel, caller_role, concern, contacts, new_contacts,
           guide_contacts, on_suggested_contacts, ${DURATION_COLUMNS.join(', ')}
      FROM contact_weekly_summary WHERE week = ANY (:weeks::date[])
    UNION ALL
    SELECT date_trunc('month', day), channel, caller_role, concern, contacts, new_contacts,
           guide_contacts, on_suggested_contacts, ${DURATION_COLUMNS.join(', ')}
      FROM contact_daily_summary WHERE day = ANY (:days::date[])
  )
  SELECT to_char(month, 'YYYY-MM') AS month, channel, caller_role, concern,
         sum(contacts)::int AS contacts, sum(new_contacts)::int AS new_contacts,
         sum(guide_contacts)::int AS guide_contacts, sum(on_suggested_contacts)::int AS on_suggested_contacts,
         ARRAY[${DURATION_COLUMNS.map((c) => `sum(${c})`).join(', ')}]::int[] AS durations
    FROM src GROUP BY 1, 2, 3, 4`);

/** Appointments with an outcome per month of their start (:from … :to, local days). */
export const MONTHLY_FOLLOW_UPS_SQL = sql<{
  from: string;
  to: string;
}>(`SELECT to_char(date_trunc('month', day), 'YYYY-MM') AS month, status,
         sum(appointments)::int AS appointments
    FROM appointment_daily_summary
   WHERE day BETWEEN :from::date AND :to::date AND status IN ('done', 'no_show', 'cancelled')
   GROUP BY 1, 2`);

/** Relatives' cases per month their guide work began in (:from … :to), and how many reached each step. */
export const MONTHLY_FUNNEL_SQL = sql<{
  from: string;
  to: string;
}>(`SELECT to_char(date_trunc('month', started_on), 'YYYY-MM') AS month, ${[1, 2, 3, 4, 5, 6]
  .map((step) => `count(*) FILTER (WHERE steps & ${1 << step} <> 0)::int AS step${step}`)
  .join(', ')}
    FROM case_guide_summary
   WHERE started_on BETWEEN :from::date AND :to::date AND caller_role NOT IN (${OWN_CONCERN_CALLER_ROLES.map((role) => `'${role}'`).join(', ')})
   GROUP BY 1`);
