import type { MigrationInterface, QueryRunner } from 'typeorm';

const POLICY_CHECK = (keys: string[], unusualAccess: boolean) => `
  ALTER TABLE helpline ADD CONSTRAINT helpline_policy_check CHECK (
    (settings - ARRAY[${keys.map((key) => `'${key}'`).join(', ')}]) = '{}'::jsonb
    AND (NOT settings ? 'retentionMonths' OR (jsonb_typeof(settings -> 'retentionMonths') = 'number'
         AND (settings ->> 'retentionMonths')::numeric BETWEEN 1 AND 1200 AND (settings ->> 'retentionMonths')::numeric % 1 = 0))
    AND (NOT settings ? 'inactiveCloseMonths' OR (jsonb_typeof(settings -> 'inactiveCloseMonths') = 'number'
         AND (settings ->> 'inactiveCloseMonths')::numeric BETWEEN 1 AND 1200 AND (settings ->> 'inactiveCloseMonths')::numeric % 1 = 0))
    AND (NOT settings ? 'stalledAfterDays' OR (jsonb_typeof(settings -> 'stalledAfterDays') = 'number'
         AND (settings ->> 'stalledAfterDays')::numeric BETWEEN 1 AND 365 AND (settings ->> 'stalledAfterDays')::numeric % 1 = 0))
    AND (NOT settings ? 'twoFactorForAll' OR jsonb_typeof(settings -> 'twoFactorForAll') = 'boolean')${
      unusualAccess
        ? `
    AND (NOT settings ? 'unusualAccessPerHour' OR (jsonb_typeof(settings -> 'unusualAccessPerHour') = 'number'
         AND (settings ->> 'unusualAccessPerHour')::numeric BETWEEN 1 AND 10000 AND (settings ->> 'unusualAccessPerHour')::numeric % 1 = 0))`
        : ''
    }
  )`;

const KEYS = ['retentionMonths', 'inactiveCloseMonths', 'stalledAfterDays', 'twoFactorForAll'];

/**
 * Issue 19: a helpline sets its own threshold for the unusual-access alert (`unusualAccessPerHour`,
 * default LEIDRAAD_UNUSUAL_ACCESS_PER_HOUR, the same bounds 1–10,000). `helpline_policy_check`
 * admits the key; a catalogue change, no rows are rewritten.
 */
export class HelplineUnusualAccess1764550200000 implements MigrationInterface {
  name = 'HelplineUnusualAccess1764550200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE helpline DROP CONSTRAINT helpline_policy_check`);
    await db.query(POLICY_CHECK([...KEYS, 'unusualAccessPerHour'], true));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE helpline SET settings = settings - 'unusualAccessPerHour' WHERE settings ? 'unusualAccessPerHour'`);
    await db.query(`ALTER TABLE helpline DROP CONSTRAINT helpline_policy_check`);
    await db.query(POLICY_CHECK(KEYS, false));
  }
}
