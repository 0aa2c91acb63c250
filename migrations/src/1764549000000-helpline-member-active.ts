import type { MigrationInterface, QueryRunner } from 'typeorm';

const FEED_END = (deactivation: boolean) => `
      CREATE OR REPLACE FUNCTION calendar_feed_end_with_role() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.role IS DISTINCT FROM OLD.role${deactivation ? ' OR (OLD.active AND NOT NEW.active)' : ''} THEN
          DELETE FROM calendar_feed WHERE staff_id = NEW.staff_id;
        END IF;
        RETURN NULL;
      END $$`;

/**
 * Issue 19: a helpline's admin deactivates a person **in that helpline** (docs/tenancy.md, "Staff
 * in several helplines"). `helpline_member.active`: an inactive membership gives no role there —
 * no sign-in into it, no session in it, not listed as a counsellor — while the person's other
 * helplines go on. `staff.active` stays the account itself. A deactivation ends the person's
 * calendar feed, as a role change does.
 */
export class HelplineMemberActive1764549000000 implements MigrationInterface {
  name = 'HelplineMemberActive1764549000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE helpline_member ADD COLUMN active boolean NOT NULL DEFAULT true`);
    await db.query(FEED_END(true));
    await db.query(`DROP TRIGGER helpline_member_calendar_feed_end ON helpline_member`);
    await db.query(`
      CREATE TRIGGER helpline_member_calendar_feed_end AFTER UPDATE OF role, active ON helpline_member
        FOR EACH ROW EXECUTE FUNCTION calendar_feed_end_with_role()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER helpline_member_calendar_feed_end ON helpline_member`);
    await db.query(`ALTER TABLE helpline_member DROP COLUMN active`);
    await db.query(FEED_END(false));
    await db.query(`
      CREATE TRIGGER helpline_member_calendar_feed_end AFTER UPDATE OF role ON helpline_member
        FOR EACH ROW EXECUTE FUNCTION calendar_feed_end_with_role()`);
  }
}
