import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case review (issue 7): supervisors' remarks to the assigned counsellor (text is AES-256-GCM
 * ciphertext, bytea), "reviewed" marks (history kept), reassignments with their reason
 * (ciphertext) and acknowledgements of risk flags.
 *
 * A risk flag needs a supervisor's attention while it is active and has no acknowledgement:
 *   f.cleared_at IS NULL AND NOT EXISTS (SELECT 1 FROM risk_flag_acknowledgement a WHERE a.risk_flag_id = f.id)
 * An acknowledgement belongs to one case_risk_flag row, so a flag cleared and set again needs a new one.
 * Everything here goes with its case (ON DELETE CASCADE, directly or through case_risk_flag).
 */
export class CaseReview1764460000000 implements MigrationInterface {
  name = 'CaseReview1764460000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE review_remark (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT review_remark_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        author_id uuid NOT NULL CONSTRAINT review_remark_author_id_fkey REFERENCES staff (id),
        addressed_to uuid NOT NULL CONSTRAINT review_remark_addressed_to_fkey REFERENCES staff (id),
        text bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        acknowledged_at timestamptz,
        CONSTRAINT review_remark_pkey PRIMARY KEY (id),
        CONSTRAINT review_remark_acknowledged_check CHECK (acknowledged_at IS NULL OR acknowledged_at >= created_at)
      )`);
    await db.query(`CREATE INDEX review_remark_case_idx ON review_remark (case_id, created_at)`);
    await db.query(`CREATE INDEX review_remark_open_idx ON review_remark (addressed_to, created_at) WHERE acknowledged_at IS NULL`);

    await db.query(`
      CREATE TABLE case_review (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT case_review_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        reviewed_by uuid NOT NULL CONSTRAINT case_review_reviewed_by_fkey REFERENCES staff (id),
        reviewed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT case_review_pkey PRIMARY KEY (id)
      )`);
    await db.query(`CREATE INDEX case_review_case_idx ON case_review (case_id, reviewed_at)`);

    await db.query(`
      CREATE TABLE case_reassignment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT case_reassignment_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        from_staff_id uuid NOT NULL CONSTRAINT case_reassignment_from_staff_id_fkey REFERENCES staff (id),
        to_staff_id uuid NOT NULL CONSTRAINT case_reassignment_to_staff_id_fkey REFERENCES staff (id),
        reassigned_by uuid NOT NULL CONSTRAINT case_reassignment_reassigned_by_fkey REFERENCES staff (id),
        reason bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT case_reassignment_pkey PRIMARY KEY (id),
        CONSTRAINT case_reassignment_parties_check CHECK (from_staff_id <> to_staff_id)
      )`);
    await db.query(`CREATE INDEX case_reassignment_case_idx ON case_reassignment (case_id, created_at)`);

    await db.query(`
      CREATE TABLE risk_flag_acknowledgement (
        risk_flag_id uuid NOT NULL CONSTRAINT risk_flag_acknowledgement_risk_flag_id_fkey REFERENCES case_risk_flag (id) ON DELETE CASCADE,
        acknowledged_by uuid NOT NULL CONSTRAINT risk_flag_acknowledgement_acknowledged_by_fkey REFERENCES staff (id),
        acknowledged_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT risk_flag_acknowledgement_pkey PRIMARY KEY (risk_flag_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE risk_flag_acknowledgement`);
    await db.query(`DROP TABLE case_reassignment`);
    await db.query(`DROP TABLE case_review`);
    await db.query(`DROP TABLE review_remark`);
  }
}
