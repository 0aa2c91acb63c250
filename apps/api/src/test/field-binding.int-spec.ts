import { AuditSealer } from '@leidraad/api/audit';
import { FieldCipher, place } from '@leidraad/api/core';
import { FIELD_BINDING_STEP } from '@leidraad/api/retention';
import type { CaseDetail } from '@leidraad/shared/domain';
import { createCipheriv, randomBytes } from 'node:crypto';
import { startTestApp } from '../testing/test-app';
import { caseWithFinalContact, FULL_CONTACT } from './cases-helpers';
import { ownDatabase } from './own-database';

/**
 * Issue 14, "Encryption": free text is bound to its table, column and row (AES-GCM additional
 * data); values from before binding are re-encrypted once, at the first start after the upgrade.
 * A database of its own: rows are rewritten here.
 */
const KEYS = `k1:${randomBytes(32).toString('base64')}`;
const SECRET = randomBytes(32).toString('base64');

/** A value as the app wrote it before binding: version 1, no additional data. */
function unbound(text: string): Buffer {
  const key = Buffer.from(KEYS.slice(3), 'base64');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([1, 2]), Buffer.from('k1'), iv, cipher.getAuthTag(), body]);
}

describe('free text bound to where it lives', () => {
  let database: { url: string; drop(): Promise<void> };
  const start = () => startTestApp({ DATABASE_URL: database.url, LEIDRAAD_DATA_KEYS: KEYS, LEIDRAAD_SECRET: SECRET });

  beforeAll(async () => {
    database = await ownDatabase('binding');
  });
  afterAll(() => database.drop());

  it('a note copied onto another contact, or into another column, does not decrypt: the API shows no text', async () => {
    const test = await start();
    try {
      const { client } = await test.signIn('supervisor');
      const first = await caseWithFinalContact(client);
      const second = await caseWithFinalContact(client);
      const cipher = test.app.get(FieldCipher);
      const { rows } = await test.db.query(`SELECT id, summary FROM contact WHERE id = ANY($1) ORDER BY id`, [
        [first.contact.id, second.contact.id],
      ]);
      const [a, b] = rows as { id: string; summary: Buffer }[];
      expect(cipher.decrypt(a.summary, place('contact', 'summary', a.id))).toBe(FULL_CONTACT.summary);
      expect(() => cipher.decrypt(a.summary, place('contact', 'summary', b.id))).toThrow();
      expect(() => cipher.decrypt(a.summary, place('contact_correction', 'summary', a.id))).toThrow();

      // An attacker with write access to the table moves a note to another case's contact.
      await test.db.query(`UPDATE contact SET summary = $2 WHERE id = $1`, [b.id, a.summary]);
      const victim = b.id === second.contact.id ? second : first;
      const read = await client.get<CaseDetail>(`/api/cases/${victim.header.id}`);
      expect(read.status).toBeGreaterThanOrEqual(500);
      expect(JSON.stringify(read.body)).not.toContain('Beller');
      await test.db.query(`UPDATE contact SET summary = $2 WHERE id = $1`, [b.id, b.summary]);
      expect((await client.get(`/api/cases/${victim.header.id}`)).status).toBe(200);
    } finally {
      await test.close();
    }
  });

  it('re-encrypts values from before binding at the first start after the upgrade, once, on the record; they read as before', async () => {
    let caseId: string;
    let flagId: string;
    const test = await start();
    try {
      const { client } = await test.signIn('supervisor');
      const { header, contact } = await caseWithFinalContact(client);
      caseId = header.id;
      const version = (await client.get<{ version: number }>(`/api/cases/${caseId}`)).body.version;
      expect((await client.post(`/api/cases/${caseId}/risk-flags`, { version, flag: 'other', reason: 'zorgen om het kind' })).status).toBe(
        201,
      );
      // As the database looked before the upgrade: unbound values, and the step not done yet.
      const flag = await test.db.query(`SELECT id FROM case_risk_flag WHERE case_id = $1`, [caseId]);
      flagId = flag.rows[0].id;
      await test.db.query(`UPDATE contact SET summary = $2 WHERE id = $1`, [contact.id, unbound('oude notitie van voor de binding')]);
      await test.db.query(`UPDATE case_risk_flag SET reason = $2 WHERE id = $1`, [flagId, unbound('oude reden')]);
      await test.db.query(`DELETE FROM data_upgrade WHERE name = $1`, [FIELD_BINDING_STEP]);
      expect((await client.get(`/api/cases/${caseId}`)).status).toBeGreaterThanOrEqual(500);
    } finally {
      await test.close();
    }

    const upgraded = await start();
    try {
      const { rows } = await upgraded.db.query(
        `SELECT get_byte(k.summary, 0) AS contact_version, get_byte(f.reason, 0) AS flag_version,
                (SELECT rows::int FROM data_upgrade WHERE name = $3) AS recorded
           FROM contact k, case_risk_flag f WHERE k.case_id = $1 AND f.id = $2`,
        [caseId, flagId, FIELD_BINDING_STEP],
      );
      expect(rows).toEqual([{ contact_version: 2, flag_version: 2, recorded: expect.any(Number) }]);
      expect(rows[0].recorded).toBeGreaterThanOrEqual(2);
      await upgraded.app.get(AuditSealer).sealPending({ wait: true });
      const audit = await upgraded.db.query(`SELECT reason FROM audit_event WHERE action = 'data.fields_bound' ORDER BY id`);
      expect(audit.rows.map((row) => row.reason)).toContain(`${rows[0].recorded} rows re-encrypted bound to their table, column and row`);

      const { client } = await upgraded.signIn('supervisor');
      const detail = JSON.stringify((await client.get(`/api/cases/${caseId}`)).body);
      expect(detail).toContain('oude notitie van voor de binding');
      expect(detail).toContain('oude reden');
    } finally {
      await upgraded.close();
    }

    // Once only: a later start finds the step done and changes nothing.
    const again = await start();
    try {
      const before = await again.db.query(`SELECT summary FROM contact WHERE case_id = $1`, [caseId]);
      const { rows } = await again.db.query(`SELECT count(*)::int AS n FROM data_upgrade WHERE name = $1`, [FIELD_BINDING_STEP]);
      expect(rows).toEqual([{ n: 1 }]);
      const after = await again.db.query(`SELECT summary FROM contact WHERE case_id = $1`, [caseId]);
      expect(after.rows).toEqual(before.rows);
    } finally {
      await again.close();
    }
  }, 120_000);
});
