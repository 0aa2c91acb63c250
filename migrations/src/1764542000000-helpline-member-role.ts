import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The calendar-feed trigger of 1764490000000-sign-in-hardening, as it was (down() restores it). */
const FEED_END_WITH_ROLE = `
  CREATE OR REPLACE FUNCTION calendar_feed_end_with_credentials() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
       OR (OLD.totp_secret IS NOT NULL AND NEW.totp_secret IS NULL)
       OR (OLD.active AND NOT NEW.active)
       OR NEW.role IS DISTINCT FROM OLD.role THEN
      DELETE FROM calendar_feed WHERE staff_id = NEW.id;
    END IF;
    RETURN NULL;
  END $$`;

/**
 * Issue 19: a staff member's role is per helpline (docs/tenancy.md). `helpline_member.role` holds
 * it, filled from `staff.role`, and `staff.role` goes: one source of truth, so a person's role in
 * one helpline can never silently disagree with another column. A calendar feed still ends when
 * the role changes — now a membership's role, in any of the person's helplines.
 */
export class HelplineMemberRole1764542000000 implements MigrationInterface {
  name = 'HelplineMemberRole1764542000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE helpline_member ADD COLUMN role text`);
    await db.query(`UPDATE helpline_member m SET role = s.role FROM staff s WHERE s.id = m.staff_id`);
    await db.query(`
      ALTER TABLE helpline_member
        ALTER COLUMN role SET NOT NULL,
        ADD CONSTRAINT helpline_member_role_check CHECK (role IN ('counsellor', 'supervisor', 'admin'))`);

    await db.query(`DROP TRIGGER staff_calendar_feed_end ON staff`);
    await db.query(`
      CREATE OR REPLACE FUNCTION calendar_feed_end_with_credentials() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
           OR (OLD.totp_secret IS NOT NULL AND NEW.totp_secret IS NULL)
           OR (OLD.active AND NOT NEW.active) THEN
          DELETE FROM calendar_feed WHERE staff_id = NEW.id;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER staff_calendar_feed_end AFTER UPDATE OF password_hash, totp_secret, active ON staff
        FOR EACH ROW EXECUTE FUNCTION calendar_feed_end_with_credentials()`);
    await db.query(`
      CREATE FUNCTION calendar_feed_end_with_role() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.role IS DISTINCT FROM OLD.role THEN
          DELETE FROM calendar_feed WHERE staff_id = NEW.staff_id;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER helpline_member_calendar_feed_end AFTER UPDATE OF role ON helpline_member
        FOR EACH ROW EXECUTE FUNCTION calendar_feed_end_with_role()`);

    await db.query(`ALTER TABLE staff DROP COLUMN role`);
  }

  async down(db: QueryRunner): Promise<void> {
    // A person's role in their first helpline (where the data of before issue 19 lives); without
    // a membership, the role that can do least.
    await db.query(`ALTER TABLE staff ADD COLUMN role text`);
    await db.query(`
      UPDATE staff s SET role = coalesce(
        (SELECT m.role FROM helpline_member m JOIN helpline h ON h.id = m.helpline_id
          WHERE m.staff_id = s.id ORDER BY h.created_at, h.id LIMIT 1),
        'counsellor')`);
    await db.query(`
      ALTER TABLE staff
        ALTER COLUMN role SET NOT NULL,
        ADD CONSTRAINT staff_role_check CHECK (role IN ('counsellor', 'supervisor', 'admin'))`);

    await db.query(`DROP TRIGGER helpline_member_calendar_feed_end ON helpline_member`);
    await db.query(`DROP FUNCTION calendar_feed_end_with_role()`);
    await db.query(`DROP TRIGGER staff_calendar_feed_end ON staff`);
    await db.query(FEED_END_WITH_ROLE);
    await db.query(`
      CREATE TRIGGER staff_calendar_feed_end AFTER UPDATE OF password_hash, totp_secret, active, role ON staff
        FOR EACH ROW EXECUTE FUNCTION calendar_feed_end_with_credentials()`);

    await db.query(`ALTER TABLE helpline_member DROP COLUMN role`);
  }
}
