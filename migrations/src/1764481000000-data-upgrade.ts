import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Free text at rest becomes bound to where it lives (issue 14, DESIGN.md rule 3): FieldCipher
 * version 2 authenticates table, column and row id as AES-GCM additional data. Re-encrypting the
 * existing values needs the data keys, which a migration never sees, so it is a data step the app
 * runs right after migrating (libs/api/retention, FieldBindingService), once per database,
 * recorded here. `keys:rotate` also re-encrypts any value still unbound.
 */
export class DataUpgrade1764481000000 implements MigrationInterface {
  name = 'DataUpgrade1764481000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE data_upgrade (
        name text PRIMARY KEY,
        completed_at timestamptz NOT NULL DEFAULT now(),
        rows bigint NOT NULL DEFAULT 0
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE data_upgrade`);
  }
}
