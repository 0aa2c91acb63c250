import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '../../../tools/testing/test-database.mjs';

export default async function globalSetup() {
  const database = await createTestDatabase('leidraad_test');
  process.env.TEST_DATABASE_URL = database.url;
  process.env.TEST_ADMIN_DATABASE_URL = database.adminUrl;
  // One data key for every app of the run, as in production: text one spec encrypted stays
  // readable to the others sharing the database (lists of all groups, agendas…). The server
  // secret stays per app, so per-address sign-in throttling in one spec cannot lock out another.
  process.env.TEST_DATA_KEYS = `k1:${randomBytes(32).toString('base64')}`;
  globalThis.__LEIDRAAD_TEST_DB__ = database;
}
