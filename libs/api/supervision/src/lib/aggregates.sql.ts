import { DURATION_COLUMNS } from './duration';
import type { Granularity } from './aggregates.types';

/**
 * SQL over the summary tables of migration 1764450000000 (never over raw contacts).
 * Parameters of every statement: $1 from, $2 to (local dates), $3 channel, $4 caller role,
 * $5 concern (null: any); contact statements also $6/$7, the first and last Monday of the whole
 * weeks inside the range (answered from the weekly table; the edge days from the daily one).
 * The funnel takes $1 from, $2 to, $3 caller role, $4 concern.
 */

const FILTERS = `($3::text IS NULL OR channel = $3) AND ($4::text IS NULL OR caller_role = $4)
       AND ($5::text IS NULL OR concern = $5)`;

const COUNTERS = ['contacts', 'new_contacts', 'guide_contacts', 'on_suggested_contacts', ...DURATION_COLUMNS];

function period(granularity: Granularity, column: string): string {
  return `date_trunc('${granularity}', ${column})::date`;
}

/** Summary rows of the range, each with the first day of its period. */
function contactSource(granularity: Granularity): string {
  const columns = `channel, caller_role, concern, ${COUNTERS.join(', ')}`;
  const daily = `SELECT ${period(granularity, 'day')} AS period, ${columns} FROM contact_daily_summary
     WHERE day BETWEEN $1::date AND $2::date AND ${FILTERS}`;
  if (granularity !== 'week') return daily;
  return `SELECT week AS period, ${columns} FROM contact_weekly_summary
     WHERE week BETWEEN $6::date AND $7::date AND ${FILTERS}
    UNION ALL
    ${daily} AND NOT (day BETWEEN $6::date AND $7::date + 6)`;
}

/**
 * One row per period and breakdown, in one pass (grouping sets): `dims` is GROUPING(channel,
 * caller_role, concern) — 3 per channel, 5 per caller role, 6 per concern, 7 for the period's
 * total, which alone carries `extra`: new contacts, relatives' guide contacts, of which on the
 * suggested step, then the duration histogram.
 */
export function contactAggregatesSql(granularity: Granularity): string {
  const totalOnly = (expression: string) => `CASE WHEN GROUPING(channel, caller_role, concern) = 7 THEN ${expression} END`;
  return `WITH src AS (${contactSource(granularity)})
  SELECT period::text AS period, GROUPING(channel, caller_role, concern) AS dims,
         coalesce(channel, caller_role, concern) AS key, sum(contacts)::int AS contacts,
         ${totalOnly(`ARRAY[sum(new_contacts),
               coalesce(sum(guide_contacts) FILTER (WHERE caller_role <> 'self'), 0),
               coalesce(sum(on_suggested_contacts) FILTER (WHERE caller_role <> 'self'), 0),
               ${DURATION_COLUMNS.map((c) => `sum(${c})`).join(', ')}]::int[]`)} AS extra
    FROM src
   GROUP BY GROUPING SETS ((period, channel), (period, caller_role), (period, concern), (period))`;
}

/** Appointments per period and status. */
export function followUpAggregatesSql(granularity: Granularity): string {
  return `SELECT ${period(granularity, 'day')}::text AS period, status, sum(appointments)::int AS appointments
    FROM appointment_daily_summary
   WHERE day BETWEEN $1::date AND $2::date AND ${FILTERS}
   GROUP BY 1, 2 ORDER BY 1, 2`;
}

/**
 * Relatives' cases whose guide work began in the range, and how many of them reached each step
 * (any item of it discussed or done). The channel filter does not apply: a case has no channel.
 */
export const GUIDE_FUNNEL_SQL = `SELECT ${[1, 2, 3, 4, 5, 6]
  .map((step) => `count(*) FILTER (WHERE steps & ${1 << step} <> 0)::int AS step${step}`)
  .join(', ')}
  FROM case_guide_summary
 WHERE started_on BETWEEN $1::date AND $2::date AND caller_role <> 'self'
   AND ($3::text IS NULL OR caller_role = $3) AND ($4::text IS NULL OR concern = $4)`;
