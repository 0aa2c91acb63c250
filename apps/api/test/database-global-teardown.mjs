import pg from 'pg';

export default async function globalTeardown() {
  const server = globalThis.__LEIDRAAD_EMBEDDED__;
  if (server) {
    await server.stop();
    return;
  }
  const { name, adminUrl } = globalThis.__LEIDRAAD_TEST_DB__ ?? {};
  if (!name) return;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
