import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FieldCipher, place } from '@leidraad/api/core';
import { ENCRYPTED_COLUMNS } from '@leidraad/api/retention';
import { generateCaseCode, isCaseCode } from '@leidraad/shared/case-code';
import { Pool } from 'pg';
import { signInAs } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import { ownDatabase } from './own-database';

const ROOT = resolve(__dirname, '../../../..');
const SEEDER = join(ROOT, 'tools/seed/seed-demo.mjs');
const SECRETS = {
  LEIDRAAD_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  LEIDRAAD_SECRET: randomBytes(32).toString('base64'),
};

interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs `npm run seed:demo` (the script itself) with `env` on top of a clean environment. */
function seed(args: string[], env: Record<string, string | undefined>): Promise<Run> {
  return new Promise((done) => {
    const childEnv: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: process.env['HOME'], ...env };
    execFile(process.execPath, [SEEDER, ...args], { cwd: ROOT, env: childEnv, timeout: 240_000 }, (error, out, err) =>
      done({ code: error ? Number(error.code ?? 1) : 0, out, err }),
    );
  });
}

describe('npm run seed:demo', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataDir: string;
  let db: Pool;
  let run: Run;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await ownDatabase('seed');
    dataDir = mkdtempSync(join(tmpdir(), 'leidraad-seed-'));
    env = { ...SECRETS, DATABASE_URL: database.url, LEIDRAAD_DATA_DIR: dataDir };
    run = await seed(['--contacts', '2000'], env);
    db = new Pool({ connectionString: database.url, max: 2 });
  }, 300_000);

  afterAll(async () => {
    await db?.end();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const count = async (sql: string): Promise<number> => Number((await db.query(sql)).rows[0].n);

  it('refuses to run without DATABASE_URL, or against the postgres maintenance database', async () => {
    const unset = await seed(['--contacts', '2000'], {});
    expect(unset.code).toBe(2);
    expect(unset.err).toContain('DATABASE_URL is not set');

    const maintenance = new URL(database.url);
    maintenance.pathname = '/postgres';
    const refused = await seed(['--contacts', '2000'], { ...SECRETS, DATABASE_URL: maintenance.toString() });
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('maintenance database');
  });

  it('fills every table with the requested number of contacts and prints the counts', async () => {
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/contact\s+2,000/);
    expect(run.out).toMatch(/Demo password \(all of them\): \S+/);
    expect(await count(`SELECT count(*) AS n FROM contact WHERE status = 'final'`)).toBe(2000);
    expect(await count(`SELECT count(*) AS n FROM case_file`)).toBe(400);
    expect(await count(`SELECT count(*) AS n FROM helpline_member WHERE role = 'counsellor'`)).toBe(50);
    expect(await count(`SELECT count(*) AS n FROM helpline_member WHERE role = 'supervisor'`)).toBe(5);
    for (const table of [
      'appointment',
      'guide_progress',
      'guide_progress_change',
      'safety_plan',
      'safety_plan_agreement',
      'case_status_change',
    ]) {
      expect(await count(`SELECT count(*) AS n FROM ${table}`)).toBeGreaterThan(0);
    }
    // contact_count and last_contact_at agree with the contacts themselves.
    expect(
      await count(`SELECT count(*) AS n FROM case_file c
                    WHERE c.contact_count <> (SELECT count(*) FROM contact t WHERE t.case_id = c.id)
                       OR c.last_contact_at <> (SELECT max(started_at) FROM contact t WHERE t.case_id = c.id)`),
    ).toBe(0);
  });

  it('gives every case a valid case code, and every closed case a closing status change', async () => {
    const { rows } = await db.query<{ code: string }>('SELECT code FROM case_file');
    expect(rows.length).toBe(400);
    expect(rows.filter(({ code }) => !isCaseCode(code))).toEqual([]);
    expect(
      await count(`SELECT count(*) AS n FROM case_file c WHERE c.status = 'closed' AND NOT EXISTS (
                     SELECT 1 FROM case_status_change s WHERE s.case_id = c.id AND s.to_status = 'closed' AND s.reason IS NOT NULL)`),
    ).toBe(0);
  });

  it('records guide progress only for relatives’ cases, each change tied to a contact of the case', async () => {
    expect(
      await count(`SELECT count(*) AS n FROM guide_progress p JOIN case_file c ON c.id = p.case_id
                    WHERE c.caller_role NOT IN ('partner', 'parent', 'child', 'other_family', 'friend')`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM guide_progress_change g JOIN contact t ON t.id = g.contact_id
                    WHERE t.case_id <> g.case_id`),
    ).toBe(0);
  });

  it('stores free text only as ciphertext under the configured key, never as plaintext', async () => {
    const test = await startTestApp({ DATABASE_URL: database.url, ...SECRETS });
    try {
      const cipher = test.app.get(FieldCipher);
      let checked = 0;
      for (const { table, primaryKey, columns } of ENCRYPTED_COLUMNS) {
        const exists = (await db.query('SELECT to_regclass($1) AS t', [table])).rows[0].t;
        if (!exists) continue;
        const key = primaryKey.map((name, i) => `${name}::text AS k${i}`).join(', ');
        for (const column of columns) {
          // Each row's value is bound to that row: a sample per column, read where it lives.
          const { rows } = await db.query<Record<string, string> & { value: Buffer }>(
            `SELECT ${key}, ${column} AS value FROM ${table} WHERE ${column} IS NOT NULL ORDER BY random() LIMIT 50`,
          );
          for (const row of rows) {
            expect(row.value.toString('utf8')).not.toContain('Beller');
            const where = place(
              table,
              column,
              primaryKey.map((_, i) => row[`k${i}`]),
            );
            expect(cipher.decrypt(row.value, where).length).toBeGreaterThan(10);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(10);
    } finally {
      await test.close();
    }
  });

  it('books no counsellor twice: appointments never overlap, and fall on weekdays 08:00–20:00', async () => {
    expect(
      await count(`SELECT count(*) AS n FROM appointment a JOIN appointment b
                     ON a.counsellor_id = b.counsellor_id AND a.id < b.id
                    AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM appointment
                    WHERE extract(isodow FROM starts_at AT TIME ZONE 'Europe/Amsterdam') > 5
                       OR (starts_at AT TIME ZONE 'Europe/Amsterdam')::time < '08:00'
                       OR (ends_at AT TIME ZONE 'Europe/Amsterdam')::time > '20:00'`),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM appointment WHERE status = 'done' AND contact_id IS NULL`)).toBe(0);
  });

  it('refuses a second run on a database that already holds cases, unless --force', async () => {
    const again = await seed(['--contacts', '2000'], env);
    expect(again.code).toBe(2);
    expect(again.err).toContain('--force');
    expect(await count(`SELECT count(*) AS n FROM contact`)).toBe(2000);
  }, 120_000);

  it('lets a demo supervisor sign in and open a seeded case and its contacts through the API', async () => {
    const password = /Demo password \(all of them\): (\S+)/.exec(run.out)?.[1] as string;
    const { rows } = await db.query<{ id: string; code: string }>(
      `SELECT id, code FROM case_file ORDER BY contact_count DESC, code LIMIT 1`,
    );
    let test: TestApp | undefined;
    try {
      test = await startTestApp({ DATABASE_URL: database.url, ...SECRETS });
      // signInAs sets up the supervisor's authenticator app on the way, as a first sign-in does.
      const { client, response: login } = await signInAs(test, { username: 'demo.supervisor01', password });
      expect(login.status).toBe(200);
      const opened = await client.post<{ id: string }>('/api/cases/lookup', { code: rows[0].code });
      expect(opened.status).toBe(200);
      expect(opened.body.id).toBe(rows[0].id);
      const contacts = await client.get<{ summary: string | null }[]>(`/api/cases/${rows[0].id}/contacts`);
      expect(contacts.status).toBe(200);
      expect(contacts.body.length).toBeGreaterThan(1);
      expect(contacts.body.every((contact) => typeof contact.summary === 'string' && contact.summary.length > 20)).toBe(true);
    } finally {
      await test?.close();
    }
  });
});

describe('npm run seed:demo -- --helplines 2', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataDir: string;
  let db: Pool;
  let run: Run;

  beforeAll(async () => {
    database = await ownDatabase('seed_two');
    dataDir = mkdtempSync(join(tmpdir(), 'leidraad-seed-'));
    run = await seed(['--contacts', '500', '--helplines', '2'], { ...SECRETS, DATABASE_URL: database.url, LEIDRAAD_DATA_DIR: dataDir });
    db = new Pool({ connectionString: database.url, max: 2 });
  }, 300_000);

  afterAll(async () => {
    await db?.end();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('fills two helplines alike, each with staff of its own', async () => {
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const perHelpline = await db.query<{ name: string; cases: number; contacts: number; summarised: number; members: number }>(
      `SELECT h.name,
              (SELECT count(*)::int FROM case_file c WHERE c.helpline_id = h.id) AS cases,
              (SELECT count(*)::int FROM contact k WHERE k.helpline_id = h.id AND k.status = 'final') AS contacts,
              (SELECT coalesce(sum(contacts), 0)::int FROM contact_daily_summary s WHERE s.helpline_id = h.id) AS summarised,
              (SELECT count(*)::int FROM helpline_member m WHERE m.helpline_id = h.id) AS members
         FROM helpline h ORDER BY h.created_at`,
    );
    expect(perHelpline.rows).toEqual([
      { name: 'Stop it Now Nederland', cases: 100, contacts: 500, summarised: 500, members: 55 },
      { name: 'Stop it Now Vlaanderen', cases: 100, contacts: 500, summarised: 500, members: 55 },
    ]);
    // No case of one helpline has a contact, appointment or plan recorded in the other.
    expect(
      (
        await db.query(
          `SELECT 1 FROM contact k JOIN case_file c ON c.id = k.case_id WHERE k.helpline_id <> c.helpline_id
           UNION ALL SELECT 1 FROM appointment a JOIN case_file c ON c.id = a.case_id WHERE a.helpline_id <> c.helpline_id
           UNION ALL SELECT 1 FROM safety_plan p JOIN case_file c ON c.id = p.case_id WHERE p.helpline_id <> c.helpline_id`,
        )
      ).rowCount,
    ).toBe(0);
    expect(run.out).toContain('Demo accounts of Stop it Now Vlaanderen: demo.vl.counsellor01');
  });

  it('lets a Flemish demo supervisor open a Flemish case, and not a Dutch one: that code is not found', async () => {
    const password = /Demo password \(all of them\): (\S+)/.exec(run.out)?.[1] as string;
    const codeIn = async (name: string) =>
      (
        await db.query<{ code: string }>(
          `SELECT c.code FROM case_file c JOIN helpline h ON h.id = c.helpline_id WHERE h.name = $1 ORDER BY c.code LIMIT 1`,
          [name],
        )
      ).rows[0].code;
    let test: TestApp | undefined;
    try {
      test = await startTestApp({ DATABASE_URL: database.url, ...SECRETS });
      const { client } = await signInAs(test, { username: 'demo.vl.supervisor01', password });
      expect((await client.post('/api/cases/lookup', { code: await codeIn('Stop it Now Vlaanderen') })).status).toBe(200);
      // A valid code that no helpline holds (checked), and a real one of the other helpline.
      let free = generateCaseCode();
      while ((await db.query(`SELECT 1 FROM case_file WHERE code = $1`, [free])).rowCount) free = generateCaseCode();
      const unknown = await client.post('/api/cases/lookup', { code: free });
      expect(unknown.status).toBe(404);
      const otherHelpline = await client.post('/api/cases/lookup', { code: await codeIn('Stop it Now Nederland') });
      expect(otherHelpline.status).toBe(unknown.status);
      expect(otherHelpline.body).toEqual(unknown.body);
    } finally {
      await test?.close();
    }
  });
});
