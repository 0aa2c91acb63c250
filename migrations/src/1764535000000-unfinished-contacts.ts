import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17, "nothing lost, nothing hidden":
 * - who wrote a draft last: `draft_writer` is the random id of the browser tab (or other client)
 *   that saved it, so a retry of its own save is told apart from a second tab's save based on an
 *   older revision (409 with the stored version); `draft_saved_by` is the staff member;
 * - a contact the caller hung up on may be final without a summary note (outcome `caller_hung_up`);
 * - running (draft) contacts are listed per counsellor and, for supervisors, by age: two small
 *   partial indexes over drafts only.
 */
export class UnfinishedContacts1764535000000 implements MigrationInterface {
  name = 'UnfinishedContacts1764535000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE contact
        ADD COLUMN draft_writer uuid,
        ADD COLUMN draft_saved_by uuid CONSTRAINT contact_draft_saved_by_fkey REFERENCES staff (id)`);
    await db.query(`ALTER TABLE contact DROP CONSTRAINT contact_final_complete`);
    await db.query(`
      ALTER TABLE contact ADD CONSTRAINT contact_final_complete CHECK (status = 'draft' OR (
          channel IS NOT NULL AND started_at IS NOT NULL AND ended_at IS NOT NULL
          AND (summary IS NOT NULL OR outcome = 'caller_hung_up')
          AND outcome IS NOT NULL AND finalised_at IS NOT NULL AND finalised_by IS NOT NULL))`);
    await db.query(`CREATE INDEX contact_draft_counsellor_idx ON contact (counsellor_id, updated_at) WHERE status = 'draft'`);
    await db.query(`CREATE INDEX contact_draft_updated_idx ON contact (updated_at) WHERE status = 'draft'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX contact_draft_updated_idx`);
    await db.query(`DROP INDEX contact_draft_counsellor_idx`);
    // The old rule cannot hold a hung-up contact without a note, and no note can be made up here.
    await db.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM contact WHERE status = 'final' AND summary IS NULL) THEN
          RAISE EXCEPTION 'final contacts without a summary exist (caller hung up); cannot restore the old rule';
        END IF;
      END $$`);
    await db.query(`ALTER TABLE contact DROP CONSTRAINT contact_final_complete`);
    await db.query(`
      ALTER TABLE contact ADD CONSTRAINT contact_final_complete CHECK (status = 'draft' OR (
          channel IS NOT NULL AND started_at IS NOT NULL AND ended_at IS NOT NULL AND summary IS NOT NULL
          AND outcome IS NOT NULL AND finalised_at IS NOT NULL AND finalised_by IS NOT NULL))`);
    await db.query(`ALTER TABLE contact DROP COLUMN draft_saved_by, DROP COLUMN draft_writer`);
  }
}
