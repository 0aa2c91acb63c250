import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One case-access service (issue 18) and its issue-14 rules:
 * - `case_access_reason`: every break-the-glass opening of a colleague's case with its reason —
 *   a category from a fixed list and an optional note (FieldCipher ciphertext). The audit trail
 *   carries the category only. Goes with its case.
 * - `case_reach`: the cases a staff member reached that are not assigned to them, with when they
 *   last did: what the unusual-access alert counts per hour. A counter, not a record: no foreign
 *   keys (it is written beside a transaction that may hold the case row locked) and pruned daily.
 * - `case_status_change.changed_by` and `case_revision.changed_by` may be NULL: the retention job
 *   closes cases without a contact for LEIDRAAD_INACTIVE_CLOSE_MONTHS itself.
 */
export class CaseAccess1764500000000 implements MigrationInterface {
  name = 'CaseAccess1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE case_access_reason (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT case_access_reason_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        staff_id uuid NOT NULL CONSTRAINT case_access_reason_staff_id_fkey REFERENCES staff (id),
        category text NOT NULL,
        note bytea,
        given_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT case_access_reason_pkey PRIMARY KEY (id),
        CONSTRAINT case_access_reason_category_check CHECK (category IN ('counsellor_absent', 'colleague_on_leave', 'urgent_risk', 'supervision', 'other')),
        CONSTRAINT case_access_reason_other_check CHECK (category <> 'other' OR note IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX case_access_reason_case_idx ON case_access_reason (case_id, given_at)`);

    await db.query(`
      CREATE TABLE case_reach (
        staff_id uuid NOT NULL,
        case_id uuid NOT NULL,
        reached_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT case_reach_pkey PRIMARY KEY (staff_id, case_id)
      )`);
    await db.query(`CREATE INDEX case_reach_recent_idx ON case_reach (staff_id, reached_at)`);

    await db.query(`ALTER TABLE case_status_change ALTER COLUMN changed_by DROP NOT NULL`);
    await db.query(`ALTER TABLE case_revision ALTER COLUMN changed_by DROP NOT NULL`);
    await db.query(`CREATE INDEX case_status_change_automatic_idx ON case_status_change (changed_at) WHERE changed_by IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX case_status_change_automatic_idx`);
    await db.query(`DELETE FROM case_status_change WHERE changed_by IS NULL`);
    await db.query(`ALTER TABLE case_status_change ALTER COLUMN changed_by SET NOT NULL`);
    await db.query(`DELETE FROM case_revision WHERE changed_by IS NULL`);
    await db.query(`ALTER TABLE case_revision ALTER COLUMN changed_by SET NOT NULL`);
    await db.query(`DROP TABLE case_reach`);
    await db.query(`DROP TABLE case_access_reason`);
  }
}
