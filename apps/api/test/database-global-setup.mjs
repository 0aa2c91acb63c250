import { randomBytes } from 'node:crypto';
import { createAppRole, createTestDatabase } from '../../../tools/testing/test-database.mjs';

export default async function globalSetup() {
  const database = await createTestDatabase('leidraad_test');
  process.env.TEST_DATABASE_URL = database.url;
  process.env.TEST_ADMIN_DATABASE_URL = database.adminUrl;
  // One data key for every app of the run, as in production: text one spec encrypted stays
  // readable to the others sharing the database (lists of all groups, agendas…). The server
  // secret stays per app, so per-address sign-in throttling in one spec cannot lock out another.
  process.env.TEST_DATA_KEYS = `k1:${randomBytes(32).toString('base64')}`;
  // One audit key too: every app seals the shared chain, and the chain must verify.
  process.env.TEST_AUDIT_SECRET = randomBytes(32).toString('base64');
  // Every app of the run serves requests as this restricted role (DATABASE_APP_URL), as in
  // production; the owner's connection (the test's `db`) migrates and arranges data.
  const role = await createAppRole(database);
  process.env.TEST_APP_ROLE = role.name;
  process.env.TEST_APP_ROLE_PASSWORD = role.password;
  globalThis.__LEIDRAAD_TEST_DB__ = database;
  globalThis.__LEIDRAAD_TEST_ROLE__ = role;
}
