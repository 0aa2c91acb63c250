import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each index: its name, its columns before issue 19, and with the helpline in front. */
const INDEXES = [
  { name: 'case_file_assignee_status_idx', on: 'case_file', before: '(assignee_id, status, last_contact_at)' },
  { name: 'case_file_status_idx', on: 'case_file', before: '(status, last_contact_at)' },
  { name: 'safety_plan_review_due_date_idx', on: 'safety_plan_review_due', before: '(review_date)' },
  { name: 'case_guide_summary_started_idx', on: 'case_guide_summary', before: '(started_on) INCLUDE (caller_role, concern, steps)' },
  {
    name: 'appointment_summary_entry_planned_idx',
    on: 'appointment_summary_entry',
    before: `(ends_at) INCLUDE (counsellor_id, case_id, starts_at) WHERE status = 'planned'`,
  },
] as const;

/**
 * Issue 19, the supervisor's overview with row-level security (docs/tenancy.md, "Cost"): every
 * statement of a request carries the policy's `helpline_id = current_helpline()`. On an index
 * without the helpline, PostgreSQL must visit each row in the table to check it, so the counts of
 * *Overzicht* (open cases per counsellor, stalled cases, passed review dates) turned from
 * index-only scans into tens of thousands of heap visits (178 ms instead of 25 for the caseload
 * with 1,000,000 contacts); the trends' guide funnel fell from an index-only scan to a scan of the
 * whole table. With the helpline in front the policy is an index condition again, and a
 * helpline's rows lie together in the index.
 */
export class HelplineFirstIndexes1764549500000 implements MigrationInterface {
  name = 'HelplineFirstIndexes1764549500000';

  async up(db: QueryRunner): Promise<void> {
    for (const index of INDEXES) {
      await db.query(`DROP INDEX ${index.name}`);
      await db.query(`CREATE INDEX ${index.name} ON ${index.on} ${index.before.replace('(', '(helpline_id, ')}`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of INDEXES) {
      await db.query(`DROP INDEX ${index.name}`);
      await db.query(`CREATE INDEX ${index.name} ON ${index.on} ${index.before}`);
    }
  }
}
