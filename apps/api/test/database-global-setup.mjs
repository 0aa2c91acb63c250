import { createTestDatabase } from '../../../tools/testing/test-database.mjs';

export default async function globalSetup() {
  const database = await createTestDatabase('leidraad_test');
  process.env.TEST_DATABASE_URL = database.url;
  process.env.TEST_ADMIN_DATABASE_URL = database.adminUrl;
  globalThis.__LEIDRAAD_TEST_DB__ = database;
}
