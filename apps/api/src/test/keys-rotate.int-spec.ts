import { randomBytes, randomUUID } from 'node:crypto';
import { FieldCipher, place } from '@leidraad/api/core';
import { generateCaseCode } from '@leidraad/shared/case-code';
import { ENCRYPTED_COLUMNS, KeyRotationService, NOT_CIPHERTEXT_COLUMNS } from '@leidraad/api/retention';
import type { Pool } from 'pg';
import { keysRotateCommand } from '../cli/keys-rotate.command';
import { startTestApp, type TestApp } from '../testing/test-app';
import { caseWithFinalContact } from './cases-helpers';
import { ownDatabase } from './own-database';

const key = () => randomBytes(32).toString('base64');
const K1 = `k1:${key()}`;
const K2 = `k2:${key()}`;
const SECRET = randomBytes(32).toString('base64');
/** The encrypted columns this spec writes under k1 (appointment.cancel_reason is left to its own specs). */
const SEEDED = [
  'contact.summary',
  'contact_correction.reason',
  'contact_correction.summary',
  'case_handover.note',
  'case_risk_flag.reason',
  'case_risk_flag.clear_reason',
  'case_status_change.reason',
  'guide_progress.note',
];
const RISK_REASON = 'Beller noemt zorgen over een kind in huis';

/** Every stored ciphertext's key id, per `table.column`, read from the raw bytes. */
async function keyIds(db: Pool): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const { table, columns } of ENCRYPTED_COLUMNS) {
    for (const column of columns) {
      const { rows } = await db.query(`SELECT ${column} AS value FROM ${table} WHERE ${column} IS NOT NULL`);
      found[`${table}.${column}`] = rows.map(({ value }: { value: Buffer }) => value.subarray(2, 2 + value[1]).toString('utf8'));
    }
  }
  return found;
}

const allOn = (ids: Record<string, string[]>, keyId: string) =>
  Object.values(ids)
    .flat()
    .every((id) => id === keyId);

/** Captures what a CLI command prints while it runs. */
async function runCommand(test: TestApp, values: Record<string, boolean>): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  try {
    const code = await keysRotateCommand.run(test.app, values, test.config);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('npm run keys:rotate', () => {
  let database: { url: string; drop(): Promise<void> };
  let caseId: string;
  const start = (keys: string) =>
    startTestApp({
      DATABASE_URL: database.url,
      LEIDRAAD_DATA_KEYS: keys,
      LEIDRAAD_SECRET: SECRET,
    });

  beforeAll(async () => {
    database = await ownDatabase('keys');
    // Written under k1: a contact through the API, and a row in every other encrypted table.
    const test = await start(K1);
    try {
      const { client, staff } = await test.signIn('counsellor');
      const other = await test.createStaff('counsellor');
      const { header, contact } = await caseWithFinalContact(client);
      caseId = header.id;
      const cipher = test.app.get(FieldCipher);
      const text = (value: string, table: string, column: string, id: string | string[]) => cipher.encrypt(value, place(table, column, id));
      const [flagId, changeId, correctionId, handoverId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      const { version } = (await client.get<{ version: number }>(`/api/cases/${caseId}`)).body;
      const flag = await client.post(`/api/cases/${caseId}/risk-flags`, {
        version,
        flag: 'other',
        reason: RISK_REASON,
      });
      expect(`${flag.status} ${JSON.stringify(flag.body)}`).toMatch(/^201 /);
      await test.db.query(
        `INSERT INTO case_risk_flag (id, case_id, flag, reason, set_by, set_at, cleared_at, cleared_by, clear_reason)
         VALUES ($5, $1, 'caller_safety', $2, $3, now() - interval '1 hour', now(), $3, $4)`,
        [
          caseId,
          text('eerder gemeld', 'case_risk_flag', 'reason', flagId),
          staff.id,
          text('opgelost', 'case_risk_flag', 'clear_reason', flagId),
          flagId,
        ],
      );
      await test.db.query(
        `INSERT INTO case_status_change (id, case_id, from_status, to_status, reason, changed_by) VALUES ($4, $1, 'open', 'waiting_for_caller', $2, $3)`,
        [caseId, text('wacht op terugbellen', 'case_status_change', 'reason', changeId), staff.id, changeId],
      );
      // A second helpline's row: the rotation reaches it only in that helpline's scope.
      const [secondHelpline, secondCase, secondChange] = [randomUUID(), randomUUID(), randomUUID()];
      await test.db.query(`INSERT INTO helpline (id, name) VALUES ($1, $2)`, [secondHelpline, `Tweede lijn ${secondHelpline}`]);
      await test.db.query(
        `INSERT INTO case_file (id, code, caller_role, concern, assignee_id, created_by, helpline_id) VALUES ($1, $2, 'parent', 'unclear', $3, $3, $4)`,
        [secondCase, generateCaseCode(), staff.id, secondHelpline],
      );
      await test.db.query(
        `INSERT INTO case_status_change (id, case_id, from_status, to_status, reason, changed_by, helpline_id)
         VALUES ($1, $2, 'open', 'waiting_for_caller', $3, $4, $5)`,
        [secondChange, secondCase, text('andere lijn', 'case_status_change', 'reason', secondChange), staff.id, secondHelpline],
      );
      await test.db.query(
        `INSERT INTO contact_correction (id, contact_id, case_id, reason, summary, corrected_by) VALUES ($6, $1, $2, $3, $4, $5)`,
        [
          contact.id,
          caseId,
          text('typefout', 'contact_correction', 'reason', correctionId),
          text('verbeterde samenvatting', 'contact_correction', 'summary', correctionId),
          staff.id,
          correctionId,
        ],
      );
      await test.db.query(`INSERT INTO case_handover (id, case_id, from_staff_id, to_staff_id, note) VALUES ($5, $1, $2, $3, $4)`, [
        caseId,
        staff.id,
        other.id,
        text('overdracht', 'case_handover', 'note', handoverId),
        handoverId,
      ]);
      for (const item of ['a', 'b', 'c']) {
        await test.db.query(
          `INSERT INTO guide_progress (case_id, item_id, state, note, updated_by, guide_version) VALUES ($1, $2, 'discussed', $3, $4, 1)`,
          [caseId, `test-item-${item}`, text(`notitie ${item}`, 'guide_progress', 'note', [caseId, `test-item-${item}`]), staff.id],
        );
      }
      const ids = await keyIds(test.db);
      const seeded = Object.entries(ids)
        .filter(([, found]) => found.length > 0)
        .map(([column]) => column);
      expect(seeded).toEqual(expect.arrayContaining(SEEDED));
      expect(allOn(ids, 'k1')).toBe(true);
    } finally {
      await test.close();
    }
  });
  afterAll(() => database.drop());

  it('knows every bytea column: each is either ciphertext it rotates or a listed hash', async () => {
    const test = await start(K1);
    try {
      const { rows } = await test.db.query(
        `SELECT table_name || '.' || column_name AS name FROM information_schema.columns
          WHERE table_schema = 'public' AND data_type = 'bytea' ORDER BY 1`,
      );
      const known = [
        ...ENCRYPTED_COLUMNS.flatMap(({ table, columns }) => columns.map((column) => `${table}.${column}`)),
        ...NOT_CIPHERTEXT_COLUMNS,
      ].sort();
      expect(rows.map(({ name }: { name: string }) => name)).toEqual(known);
    } finally {
      await test.close();
    }
  });

  it('refuses, changing nothing, when a ciphertext names a key that is not configured', async () => {
    const test = await start(K2);
    try {
      const result = await runCommand(test, {});
      expect(result.code).toBe(65);
      expect(result.err).toMatch(/key "k1", which is not configured/);
      expect(allOn(await keyIds(test.db), 'k1')).toBe(true);
    } finally {
      await test.close();
    }
  });

  it('counts without writing on --dry-run, resumes after an interruption, and re-encrypts everything with the active key', async () => {
    const test = await start(`${K2},${K1}`);
    try {
      const dry = await runCommand(test, { 'dry-run': true });
      expect(dry.code).toBe(0);
      expect(dry.out).toMatch(/guide_progress: 3 rows to re-encrypt/);
      expect(dry.out).toMatch(/contact: 1 rows to re-encrypt/);
      // One in each helpline.
      expect(dry.out).toMatch(/case_status_change: 2 rows to re-encrypt/);
      expect(allOn(await keyIds(test.db), 'k1')).toBe(true);

      // Interrupted after the first committed batch of two guide_progress rows…
      const rotation = test.app.get(KeyRotationService);
      await expect(
        rotation.rotate({
          batchSize: 2,
          onProgress: (table) => {
            if (table === 'guide_progress') throw new Error('interrupted');
          },
        }),
      ).rejects.toThrow('interrupted');
      const partly = await keyIds(test.db);
      expect(partly['guide_progress.note'].sort()).toEqual(['k1', 'k2', 'k2']);
      expect(partly['case_risk_flag.reason']).toEqual(['k2', 'k2']);

      // …and the next run finishes only what is left.
      const result = await runCommand(test, {});
      expect(result.code).toBe(0);
      expect(result.out).toMatch(/guide_progress: 1 rows re-encrypted/);
      expect(result.out).toMatch(/case_risk_flag: 0 rows re-encrypted/);
      expect(allOn(await keyIds(test.db), 'k2')).toBe(true);
      const { rows } = await test.db.query(`SELECT reason FROM audit_event WHERE action = 'keys.rotate' ORDER BY id`);
      expect(rows.length).toBeGreaterThanOrEqual(1);

      const again = await runCommand(test, {});
      expect(again.out).toMatch(/total: 0 rows/);
    } finally {
      await test.close();
    }
  });

  it('leaves the data readable by an app that holds only the new key', async () => {
    const test = await start(K2);
    try {
      const { client } = await test.signIn('supervisor');
      const detail = await client.get(`/api/cases/${caseId}`);
      expect(detail.status).toBe(200);
      const body = JSON.stringify(detail.body);
      expect(body).toContain('Beller maakt zich zorgen over haar broer');
      expect(body).toContain(RISK_REASON);
      const { rows } = await test.db.query(`SELECT summary FROM contact WHERE case_id = $1`, [caseId]);
      expect((rows[0].summary as Buffer).includes(Buffer.from('Beller'))).toBe(false);
    } finally {
      await test.close();
    }
  });
});
