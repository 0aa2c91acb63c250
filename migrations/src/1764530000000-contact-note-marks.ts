import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The counsellor's decisions about findings in a draft's note, kept with the draft so they
 * survive a reload or reopening: `[{ "start", "end", "kind": "confirmed" | "dismissed" }]`,
 * spans in the stored summary (offsets only, never the text).
 */
export class ContactNoteMarks1764530000000 implements MigrationInterface {
  name = 'ContactNoteMarks1764530000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE contact
        ADD COLUMN note_marks jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD CONSTRAINT contact_note_marks_check CHECK (jsonb_typeof(note_marks) = 'array' AND jsonb_array_length(note_marks) <= 200)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE contact DROP CONSTRAINT contact_note_marks_check, DROP COLUMN note_marks`);
  }
}
