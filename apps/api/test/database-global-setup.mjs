import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '../../../tools/testing/test-database.mjs';

export default async function globalSetup() {
  const database = await createTestDatabase('leidraad_test');
  process.env.TEST_DATABASE_URL = database.url;
  process.env.TEST_ADMIN_DATABASE_URL = database.adminUrl;
  // One set of secrets for every app of the run, as in production: data one spec encrypted
  // stays readable to the others that share the database (lists of all groups, agendas…).
  process.env.TEST_SECRETS = JSON.stringify({
    LEIDRAAD_SECRET: randomBytes(32).toString('base64'),
    LEIDRAAD_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  });
  globalThis.__LEIDRAAD_TEST_DB__ = database;
}
