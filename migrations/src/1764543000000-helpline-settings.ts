import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 19, settings per helpline (docs/tenancy.md):
 * - `helpline.version`: an admin's edit of the profile and settings names the version it is based
 *   on; a stale one is refused (409), like a case's or a safety plan's.
 * - `helpline_settings_check`: the policy settings a helpline may set in `settings`, each absent
 *   (the installation's default from the environment applies) or within the same bounds as the
 *   environment variable. The API validates first; this keeps a hand-made row honest too.
 * - The first helpline keeps what printed safety plans showed before: the guide's contact
 *   (Stop it Now, 0800 266 64 36, www.stopitnow.nl), unless it already has its own details.
 */
export class HelplineSettings1764543000000 implements MigrationInterface {
  name = 'HelplineSettings1764543000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE helpline ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await db.query(`
      ALTER TABLE helpline ADD CONSTRAINT helpline_policy_check CHECK (
        (settings - ARRAY['retentionMonths', 'inactiveCloseMonths', 'stalledAfterDays', 'twoFactorForAll']) = '{}'::jsonb
        AND (NOT settings ? 'retentionMonths' OR (jsonb_typeof(settings -> 'retentionMonths') = 'number'
             AND (settings ->> 'retentionMonths')::numeric BETWEEN 1 AND 1200 AND (settings ->> 'retentionMonths')::numeric % 1 = 0))
        AND (NOT settings ? 'inactiveCloseMonths' OR (jsonb_typeof(settings -> 'inactiveCloseMonths') = 'number'
             AND (settings ->> 'inactiveCloseMonths')::numeric BETWEEN 1 AND 1200 AND (settings ->> 'inactiveCloseMonths')::numeric % 1 = 0))
        AND (NOT settings ? 'stalledAfterDays' OR (jsonb_typeof(settings -> 'stalledAfterDays') = 'number'
             AND (settings ->> 'stalledAfterDays')::numeric BETWEEN 1 AND 365 AND (settings ->> 'stalledAfterDays')::numeric % 1 = 0))
        AND (NOT settings ? 'twoFactorForAll' OR jsonb_typeof(settings -> 'twoFactorForAll') = 'boolean')
      )`);
    await db.query(`
      UPDATE helpline SET phone = '0800 266 64 36', website = 'https://www.stopitnow.nl'
       WHERE phone IS NULL AND website IS NULL
         AND id = (SELECT id FROM helpline ORDER BY created_at, id LIMIT 1)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE helpline DROP CONSTRAINT helpline_policy_check`);
    await db.query(`ALTER TABLE helpline DROP COLUMN version`);
  }
}
