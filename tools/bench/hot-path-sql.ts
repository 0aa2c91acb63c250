// The statements behind the routes the benchmarks drive, imported from the code that runs them
// (never copied), for the plain node:http + pg baseline (baseline-server.mjs): it does the same
// database work as the API, so the two compare the framework, not the SQL. Each is a statement
// with named parameters: the baseline runs `pool.query(STATEMENT.with({ … }))`, as the API's
// `rows` does. hot-path-sql.mjs bundles this file with esbuild when a benchmark starts.
import { OWN_SCHEDULE_SQL, WORKING_PERIODS_SQL, ABSENCES_SQL } from '../../libs/api/appointments/src/lib/schedule/schedule.sql';

export { formatCaseCode } from '../../libs/shared/case-code/src/lib/case-code';
/** SessionService.resolve. */
export { RESOLVE_SESSION_SQL as SESSION_SQL } from '../../libs/api/auth/src/lib/session/session.service';
/** AuditService.record. */
export { INSERT_AUDIT_EVENT_SQL as AUDIT_SQL } from '../../libs/api/audit/src/lib/audit.service';
/** CaseAccessService.require (CASE_SQL: `grounds`, NULL for no access) and break-the-glass. */
export {
  ACCESS_GRANT_HOURS,
  CASE_BY_ID_SQL as CASE_SQL,
  CASE_BY_ID_FOR_UPDATE_SQL as CASE_FOR_UPDATE_SQL,
  GRANT_SQL,
} from '../../libs/api/case-access/src/lib/case-access.sql';
/** LookupService.open. */
export { OPEN_BY_CODE_SQL } from '../../libs/api/cases/src/lib/lookup/lookup.sql';
/** ContactService: start (insertDraft), autosave, finalise, the contact as JSON. */
export {
  CONTACT_VIEW_SQL,
  COUNT_FINAL_CONTACT_SQL as FINALISE_CASE_SQL,
  FINALISE_CONTACT_SQL,
  LOCK_CONTACT_SQL,
  SAVE_DRAFT_SQL,
} from '../../libs/api/cases/src/lib/contact/contact.sql';
export { INSERT_DRAFT_SQL } from '../../libs/api/cases/src/lib/contact/contact.writes';
/** GuideProgressService.record. */
export { UPDATE_PROGRESS_SQL } from '../../libs/api/guide-progress/src/lib/guide-progress.sql';
/** AppointmentService: slots and booking (COUNSELLOR_ROLE_SQL: assertCounsellor). */
export { MEMBER_ROLE_SQL as COUNSELLOR_ROLE_SQL } from '../../libs/api/appointments/src/lib/schedule/schedule.sql';
export {
  APPOINTMENT_VIEW_SQL,
  BUSY_SQL,
  IN_THE_WAY_SQL,
  INSERT_APPOINTMENT_SQL,
} from '../../libs/api/appointments/src/lib/appointment/appointment.sql';
/** SupervisionOverviewService and StatisticsService (trends). */
export { ATTENTION_SQL, ATTENTION_TOTALS_SQL, COUNSELLOR_LOAD_SQL } from '../../libs/api/supervision/src/lib/overview.sql';
export {
  MONTHLY_CONTACTS_SQL as TREND_CONTACTS_SQL,
  MONTHLY_FOLLOW_UPS_SQL as TREND_FOLLOW_UPS_SQL,
  MONTHLY_FUNNEL_SQL as GUIDE_FUNNEL_SQL,
} from '../../libs/api/supervision/src/lib/statistics.sql';

/** ScheduleService.schedule: the three reads behind `rules(staffId)`. */
export const SCHEDULE_SQL = [OWN_SCHEDULE_SQL, WORKING_PERIODS_SQL, ABSENCES_SQL];
