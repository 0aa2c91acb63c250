import {
  AUDIT_CHAIN_LOCK,
  auditChainKey,
  auditChainRowMac,
  auditRowHash,
  auditRowMac,
  AuditSealer,
  AuditVerifyService,
  canonicalAuditRow,
  INSTALLATION_CHAIN,
  type AuditHashFields,
} from '@leidraad/api/audit';
import { startTestApp, type TestApp } from '../testing/test-app';
import { asOwnerWithoutAuditTriggers } from './audit-helpers';

const KEY = auditChainKey(Buffer.from(process.env['TEST_AUDIT_SECRET'] as string, 'base64'));

interface Link {
  id: string;
  seq: string | null;
  previous_hash: Buffer | null;
  row_hash: Buffer | null;
  before_hash: Buffer | null;
}

/**
 * The newest sign-in row of one staff member, with the hash of the row before it in its chain's
 * order (sign-ins belong to no helpline yet: the installation's chain).
 */
async function signInLink(test: TestApp, staffId: string): Promise<Link> {
  const { rows } = await test.db.query(
    `SELECT a.id::text AS id, a.chain_seq::text AS seq, a.previous_hash, a.row_hash,
            (SELECT b.row_hash FROM audit_event b
              WHERE b.chain_seq = a.chain_seq - 1 AND b.helpline_id IS NOT DISTINCT FROM a.helpline_id) AS before_hash
       FROM audit_event a WHERE a.staff_id = $1 AND a.action = 'auth.sign_in' ORDER BY a.id DESC LIMIT 1`,
    [staffId],
  );
  return rows[0] as Link;
}

/** Waits (up to `ms`) for the running app's sealer to seal the row. */
async function sealed(test: TestApp, staffId: string, ms = 5000): Promise<{ link: Link; waited: number }> {
  const started = Date.now();
  for (;;) {
    const link = await signInLink(test, staffId);
    if (link.seq !== null || Date.now() - started > ms) return { link, waited: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the audit trail (DESIGN.md rule 6)', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  describe('is append-only', () => {
    it('refuses UPDATE, DELETE and TRUNCATE on audit_event, even for the superuser, and nothing changes', async () => {
      const { staff } = await test.signIn('counsellor');
      const { id, row_hash } = (await sealed(test, staff.id)).link;
      await expect(test.db.query(`UPDATE audit_event SET reason = 'edited' WHERE id = $1`, [id])).rejects.toThrow(
        /append-only: UPDATE refused/,
      );
      await expect(test.db.query(`DELETE FROM audit_event WHERE id = $1`, [id])).rejects.toThrow(/append-only: DELETE refused/);
      await expect(test.db.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only: TRUNCATE refused/);
      const { rows } = await test.db.query(`SELECT reason, row_hash FROM audit_event WHERE id = $1`, [id]);
      expect(rows).toEqual([{ reason: null, row_hash: row_hash }]);
    });
  });

  describe('kept its legacy SHA-256 links (rows from before the chain was keyed)', () => {
    it('the SQL functions and auditRowHash agree byte for byte (NULLs, empty text, separators, UTF-8, time zones)', async () => {
      const previous = Buffer.alloc(32, 0xab);
      const cases: { occurredAt: string; sqlTime: string; row: Omit<AuditHashFields, 'occurredAt'>; previous: Buffer | null }[] = [
        {
          previous: null,
          sqlTime: '2026-03-29T01:30:00.123456+01:00',
          occurredAt: '2026-03-29T00:30:00.123456Z',
          row: {
            id: '1',
            staffId: null,
            action: 'auth.sign_in',
            entityType: null,
            entityId: null,
            caseCode: null,
            outcome: 'failure',
            reason: null,
          },
        },
        {
          previous,
          sqlTime: '2026-10-25T02:59:59.000001+02:00',
          occurredAt: '2026-10-25T00:59:59.000001Z',
          row: {
            id: '9007199254740993',
            staffId: '3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f',
            action: 'case.read',
            entityType: '',
            entityId: 'a|b~3:c',
            caseCode: 'K7QF-3M9X-T',
            outcome: 'denied',
            reason: 'collega’s zaak — geen toegang ✓',
          },
        },
        {
          previous,
          sqlTime: '2026-01-01T00:00:00Z',
          occurredAt: '2026-01-01T00:00:00.000000Z',
          row: {
            id: '42',
            staffId: null,
            action: 'x',
            entityType: '~',
            entityId: '',
            caseCode: null,
            outcome: 'success',
            reason: '',
          },
        },
      ];
      for (const { previous: prev, sqlTime, occurredAt, row } of cases) {
        const args = [row.id, sqlTime, row.staffId, row.action, row.entityType, row.entityId, row.caseCode, row.outcome, row.reason];
        const { rows } = await test.db.query(
          `SELECT audit_event_canonical($2::bigint, $3::timestamptz, $4::uuid, $5, $6, $7, $8, $9, $10) AS canonical,
                  audit_event_row_hash($1::bytea, $2::bigint, $3::timestamptz, $4::uuid, $5, $6, $7, $8, $9, $10) AS hash`,
          [prev, ...args],
        );
        expect(rows[0].canonical).toBe(canonicalAuditRow({ ...row, occurredAt }));
        expect((rows[0].hash as Buffer).toString('hex')).toBe(auditRowHash(prev, { ...row, occurredAt }).toString('hex'));
      }
      // NULL and empty text must not hash alike.
      const [withNull, withEmpty] = [null, ''].map((reason) =>
        auditRowHash(null, { ...cases[0].row, occurredAt: cases[0].occurredAt, reason }).toString('hex'),
      );
      expect(withNull).not.toBe(withEmpty);
    });
  });

  describe('is sealed by the app with a keyed MAC, without making writers wait for each other', () => {
    it('a sign-in writes an unsealed row, sealed within a second by the running app: an HMAC over its contents, its position, its chain and the hash before it', async () => {
      const { staff } = await test.signIn('supervisor');
      const { link, waited } = await sealed(test, staff.id);
      expect(waited).toBeLessThan(2000); // the sealer runs every 250 ms; the margin is for a loaded machine
      expect(link.seq).not.toBeNull();
      expect(link.previous_hash?.toString('hex')).toBe(link.before_hash?.toString('hex'));

      const { rows } = await test.db.query(
        `SELECT id::text AS id, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
                staff_id::text AS staff_id, action, entity_type, entity_id, case_code, outcome, reason, chain_version, helpline_id
           FROM audit_event WHERE id = $1`,
        [link.id],
      );
      const row = rows[0];
      expect(row).toMatchObject({ chain_version: 3, helpline_id: null });
      const fields = {
        id: row.id,
        occurredAt: row.occurred_at,
        staffId: row.staff_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        caseCode: row.case_code,
        outcome: row.outcome,
        reason: row.reason,
      };
      expect(auditChainRowMac(KEY, link.previous_hash, link.seq as string, null, fields).toString('hex')).toBe(
        link.row_hash?.toString('hex'),
      );
      // Not the unkeyed hash any database user could recompute, nor a MAC that leaves the chain out.
      expect(auditRowHash(link.previous_hash, fields).toString('hex')).not.toBe(link.row_hash?.toString('hex'));
      expect(auditRowMac(KEY, link.previous_hash, link.seq as string, fields).toString('hex')).not.toBe(link.row_hash?.toString('hex'));
    });

    it('20 concurrent sign-ins end up in one gapless chain, one link each, without forks, and so does every chain', async () => {
      const signedIn = await Promise.all(Array.from({ length: 20 }, () => test.signIn('counsellor')));
      const links = await Promise.all(signedIn.map(async ({ staff }) => (await sealed(test, staff.id)).link));
      for (const link of links) expect(link.previous_hash?.toString('hex')).toBe(link.before_hash?.toString('hex'));
      // No two rows of a chain claim the same predecessor (a fork), and no chain's positions have gaps.
      const { rows } = await test.db.query(
        `SELECT (SELECT count(*)::int FROM (SELECT helpline_id, previous_hash FROM audit_event WHERE chain_seq IS NOT NULL
                                              GROUP BY helpline_id, previous_hash HAVING count(*) > 1) f) AS forks,
                (SELECT coalesce(sum(g), 0) FROM (SELECT max(chain_seq) - min(chain_seq) + 1 - count(chain_seq) AS g
                                                    FROM audit_event GROUP BY helpline_id) c)::int AS gaps`,
      );
      expect(rows[0]).toEqual({ forks: 0, gaps: 0 });
      const report = await test.app.get(AuditVerifyService).verify();
      expect(report.intact).toBe(true);
      expect(report.chains.find((chain) => chain.helplineId === null)).toMatchObject({ intact: true, rows: expect.any(Number) });
    });
    it('sealPending({ wait }) waits for a sealer holding the chain lock and then seals what it left; without wait it leaves them', async () => {
      const holder = await test.db.connect();
      try {
        await holder.query('BEGIN');
        // Another process's sealer of the installation's chain (sign-ins), which has read the waiting rows before this sign-in's row.
        await holder.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [AUDIT_CHAIN_LOCK, INSTALLATION_CHAIN]);
        const { staff } = await test.signIn('counsellor');
        const sealer = test.app.get(AuditSealer);
        await sealer.sealPending(); // other chains' rows, if any, but not this one
        expect((await signInLink(test, staff.id)).seq).toBeNull();
        let done = false;
        const waiting = sealer.sealPending({ wait: true }).finally(() => (done = true));
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect({ done, seq: (await signInLink(test, staff.id)).seq }).toEqual({ done: false, seq: null });
        await holder.query('COMMIT');
        await waiting;
        // Sealed when the call returns (by it, or by the running app's sealer that got the lock first).
        expect((await signInLink(test, staff.id)).seq).not.toBeNull();
      } finally {
        await holder.query('ROLLBACK').catch(() => undefined);
        holder.release();
      }
    });
  });

  describe('verification (npm run audit:verify)', () => {
    it('reports the chain intact, then a tampered row as the first broken link, then intact again once restored', async () => {
      const verifier = test.app.get(AuditVerifyService);
      const { staff } = await test.signIn('counsellor');
      const { id } = await signInLink(test, staff.id);
      await test.signIn('counsellor'); // so the tampered row is not the last one

      await sealed(test, staff.id);
      expect(await verifier.verify()).toMatchObject({ intact: true });
      const before = await verifier.verifyChain(null);
      expect(before).toMatchObject({ intact: true, helplineId: null });
      expect(before.rows).toBeGreaterThan(1);

      // A small batch size exercises the carrying of the hash from one batch to the next.
      expect(await verifier.verifyChain(null, { batchSize: 7 })).toMatchObject({ intact: true });

      const { rows: original } = await test.db.query(`SELECT reason FROM audit_event WHERE id = $1`, [id]);
      // Tamper and restore each in one transaction: other test files insert audit rows meanwhile,
      // and the table lock keeps them out while the triggers are off.
      const setReason = (reason: string | null) =>
        asOwnerWithoutAuditTriggers(test.db, (client) => client.query('UPDATE audit_event SET reason = $2 WHERE id = $1', [id, reason]));
      await setReason('nothing to see here');
      try {
        const tampered = await verifier.verify();
        expect(tampered.intact).toBe(false);
        const [installation] = tampered.chains.filter((chain) => chain.helplineId === null);
        expect(installation).toMatchObject({
          intact: false,
          broken: { id, reason: expect.stringContaining("row_hash is not this row's MAC") },
        });
        expect(installation.newCheckpoint).toBeUndefined();
        // The helplines' chains are not affected.
        expect(tampered.chains.filter((chain) => chain.helplineId !== null).every((chain) => chain.intact)).toBe(true);
        expect(await verifier.verifyChain(null, { batchSize: 7 })).toMatchObject({ intact: false, broken: { id } });
      } finally {
        await setReason(original[0].reason);
      }
      expect(await verifier.verify()).toMatchObject({ intact: true });
      // The triggers are back on.
      await expect(test.db.query(`DELETE FROM audit_event WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    });
  });
});
