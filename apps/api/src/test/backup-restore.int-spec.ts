import { AuditSealer, AuditVerifyService } from '@leidraad/api/audit';
import { FieldCipher, place } from '@leidraad/api/core';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Client, Pool } from 'pg';
import type { CaseDetail } from '@leidraad/shared/domain';
import { createBackup, pgTool, restoreBackup, userObjectCount } from '@leidraad/api/backup';
import { startTestApp, type TestApp } from '../testing/test-app';
import { caseWithFinalContact, createCase, FULL_CONTACT } from './cases-helpers';
import { fingerprint, fingerprintQuery } from './fuzz/database';

/**
 * Issue 8, backups: `npm run backup` dumps and encrypts, `npm run restore` verifies and restores
 * into an empty database, and the restored database is the same: every case, contact and audit
 * row, the audit chain intact, and the app reads the encrypted notes from it.
 */

const KEY = randomBytes(32);
const NOTE = 'Beller wil weten hoe zij het gesprek met haar broer kan beginnen.';
const FLAG_REASON = 'Zorgen over de veiligheid thuis.';

type Database = { url: string; drop(): Promise<void> };

async function withPool<T>(url: string, run: (pool: Pool) => Promise<T>): Promise<T> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    return await run(pool);
  } finally {
    await pool.end();
  }
}

const rowsOf = (url: string, table: string) =>
  withPool(
    url,
    async (pool) =>
      (await pool.query(`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t.id)) AS sum FROM ${table} t`)).rows[0],
  );

async function serverMajor(adminUrl: string): Promise<number> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return Math.floor(Number((await client.query('SHOW server_version_num')).rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

/**
 * A server this machine's pg_dump can dump (its major version or older): the run's test server,
 * else the local PostgreSQL these machines run (LEIDRAAD_BACKUP_TEST_DATABASE_URL to name
 * another). The embedded PostgreSQL is 18 and ships no pg_dump; Debian's client tools are 15.
 */
async function dumpableServer(): Promise<string> {
  const version = spawnSync(pgTool('pg_dump'), ['--version'], {
    encoding: 'utf8',
  }).stdout;
  const toolMajor = Number(/(\d+)(\.\d+)+/.exec(version)?.[1]);
  const candidates = [
    process.env['TEST_ADMIN_DATABASE_URL'] as string,
    process.env['LEIDRAAD_BACKUP_TEST_DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres',
  ];
  for (const url of candidates) {
    const major = await serverMajor(url).catch(() => Infinity);
    if (major <= toolMajor) return url;
  }
  throw new Error(
    `No PostgreSQL server that ${version.trim()} can dump: set LEIDRAAD_PG_BIN_DIR to newer client tools, or LEIDRAAD_BACKUP_TEST_DATABASE_URL to a server of version ${toolMajor} or older.`,
  );
}

let created = 0;

/** A database of its own on that server, dropped by `drop()`. */
async function freshDatabase(adminUrl: string, suffix: string): Promise<Database> {
  created += 1;
  const name = `leidraad_backup_${process.pid}_${Date.now().toString(36)}_${suffix}_${created}`;
  const run = async (sql: string) => {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      // The restricted role the app made for it (this server may not be the run's own).
      await run(`DROP ROLE IF EXISTS ${name}_app`);
    },
  };
}

describe('npm run backup / npm run restore', () => {
  const databases: Database[] = [];
  let dir: string;
  let source: Database;
  let test: TestApp;
  let backupFile: string;
  let finalCaseId: string;
  let flaggedCaseId: string;
  let server: string;
  const newDatabase = async (suffix: string) => {
    const database = await freshDatabase(server, suffix);
    databases.push(database);
    return database;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leidraad-backup-'));
    server = await dumpableServer();
    source = await newDatabase('src');
    test = await startTestApp({ DATABASE_URL: source.url, DATABASE_APP_URL: '' });
    const { client } = await test.signIn('counsellor');
    // Cases with drafts and final contacts (encrypted notes), a risk flag, and their audit rows.
    finalCaseId = (await caseWithFinalContact(client)).header.id;
    const draft = await createCase(client, {
      callerRole: 'self',
      concern: 'own_feelings',
      contact: { channel: 'chat', summary: NOTE },
    });
    const flagged = await client.post(`/api/cases/${draft.id}/risk-flags`, {
      version: draft.version,
      flag: 'other',
      reason: FLAG_REASON,
    });
    expect(flagged.status).toBe(201);
    flaggedCaseId = draft.id;
    // Sealed now, so the running app's sealer changes nothing after the dump.
    await test.app.get(AuditSealer).sealPending({ wait: true });
    backupFile = join(dir, 'nested', 'leidraad.ldbk');
    const result = await createBackup({
      databaseUrl: source.url,
      key: KEY,
      out: backupFile,
    });
    expect(result).toMatchObject({
      file: backupFile,
      keyId: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(result.bytes).toBeGreaterThan(1000);
    await test.close();
  }, 120_000);

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    for (const database of databases) await database.drop();
  });

  it('writes an encrypted file: no table name, no note in it', () => {
    const bytes = readFileSync(backupFile);
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('LDBK');
    expect(bytes.includes(Buffer.from('case_file'))).toBe(false);
    expect(bytes.includes(Buffer.from('PGDMP'))).toBe(false);
  });

  it('restores into a new empty database every case, contact and audit row, with the audit chain intact, and the app reads the notes', async () => {
    const target = await newDatabase('dst');
    expect(await userObjectCount(target.url)).toBe(0);
    await restoreBackup({
      file: backupFile,
      key: KEY,
      databaseUrl: target.url,
    });

    for (const table of ['case_file', 'contact', 'audit_event', 'staff', 'case_risk_flag']) {
      const [before, after] = [await rowsOf(source.url, table), await rowsOf(target.url, table)];
      expect({ table, ...after }).toEqual({ table, ...before });
    }
    expect((await rowsOf(target.url, 'audit_event')).n).toBeGreaterThan(3);
    // Every table, every row: the same fingerprints.
    const fingerprints = await Promise.all(
      [source.url, target.url].map((url) => withPool(url, async (pool) => fingerprint(pool, await fingerprintQuery(pool)))),
    );
    expect(fingerprints[1]).toEqual(fingerprints[0]);

    const restored = await startTestApp({ DATABASE_URL: target.url, DATABASE_APP_URL: '' });
    try {
      const verification = await restored.app.get(AuditVerifyService).verify();
      expect(verification.intact).toBe(true);
      // Every helpline's chain and the installation's, each sealed through.
      expect(verification.chains.map((chain) => chain.unsealed.rows)).toEqual(verification.chains.map(() => 0));
      expect(verification.chains.length).toBeGreaterThanOrEqual(2);
      const { client } = await restored.signIn('supervisor');
      // The encrypted columns decrypt with the app's keys: a final contact's note, a flag's reason.
      const final = await client.get<CaseDetail>(`/api/cases/${finalCaseId}`);
      expect(final.status).toBe(200);
      expect(JSON.stringify(final.body)).toContain(FULL_CONTACT.summary);
      const flagged = await client.get<CaseDetail>(`/api/cases/${flaggedCaseId}`);
      expect(flagged.body.riskFlags).toEqual([expect.objectContaining({ flag: 'other', reason: FLAG_REASON })]);
      const { rows } = await restored.db.query('SELECT id, summary FROM contact WHERE case_id = $1', [flaggedCaseId]);
      expect(
        rows.map((row: { id: string; summary: Buffer }) =>
          restored.app.get(FieldCipher).decrypt(row.summary, place('contact', 'summary', row.id)),
        ),
      ).toEqual([NOTE]);
    } finally {
      await restored.close();
    }
  }, 120_000);

  it('refuses a backup with one byte flipped, and writes nothing', async () => {
    const target = await newDatabase('tampered');
    const bytes = readFileSync(backupFile);
    bytes[Math.floor(bytes.length / 2)] ^= 0x20;
    const tampered = join(dir, 'tampered.ldbk');
    writeFileSync(tampered, bytes);
    await expect(restoreBackup({ file: tampered, key: KEY, databaseUrl: target.url })).rejects.toThrow(
      /^The backup is damaged or was altered \(chunk \d+ does not authenticate\); nothing was restored from it\.$/,
    );
    expect(await userObjectCount(target.url)).toBe(0);
  });

  it('refuses another key, naming both key ids, and writes nothing', async () => {
    const target = await newDatabase('wrong_key');
    await expect(
      restoreBackup({
        file: backupFile,
        key: randomBytes(32),
        databaseUrl: target.url,
      }),
    ).rejects.toThrow(/^This backup was encrypted with backup key [0-9a-f]{16}, but LEIDRAAD_BACKUP_KEY is key [0-9a-f]{16}/);
    expect(await userObjectCount(target.url)).toBe(0);
  });

  it('refuses a database that is not empty unless forced, and leaves it as it was', async () => {
    const before = await rowsOf(source.url, 'audit_event');
    await expect(restoreBackup({ file: backupFile, key: KEY, databaseUrl: source.url })).rejects.toThrow(
      /is not empty \(\d+ objects\).*--force/,
    );
    expect(await rowsOf(source.url, 'audit_event')).toEqual(before);
  });
});
