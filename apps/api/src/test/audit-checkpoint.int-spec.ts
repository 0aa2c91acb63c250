import {
  auditChainKey,
  auditChainRowMac,
  auditCheckpointKey,
  auditRowMac,
  AuditSealer,
  AuditVerifyService,
  CheckpointError,
  signCheckpoint,
} from '@leidraad/api/audit';
import { migrate } from '@leidraad/api/database';
import { MIGRATIONS } from '@leidraad/migrations';
import type { PoolClient } from 'pg';
import { startTestApp, type TestApp } from '../testing/test-app';
import { asOwnerWithoutAuditTriggers, auditVerify } from './audit-helpers';
import { ownDatabase } from './own-database';

/**
 * Issue 14: rows from before the keyed chain survive the upgrade as a legacy prefix, and signed
 * checkpoints kept outside the database catch what a consistent-looking chain cannot (a rewrite by
 * someone holding the key, rows cut off the end). Issue 19: the chain so far becomes the first
 * helpline's, continued by rows sealed with their helpline. The checkpoints here are of the
 * installation's chain (sign-ins). A database of its own: rows are rewritten here.
 */
const LEGACY_ROWS = 5;
const FIELDS = `id::text AS id, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "occurredAt",
  staff_id::text AS "staffId", action, entity_type AS "entityType", entity_id AS "entityId", case_code AS "caseCode", outcome, reason`;

describe('the keyed audit chain after an upgrade, and its checkpoints', () => {
  let database: { url: string; drop(): Promise<void> };
  let test: TestApp;
  const key = () => auditChainKey(test.config.auditSecret);
  const verify = (checkpoint?: string) => test.app.get(AuditVerifyService).verifyChain(null, { checkpoint });

  /** Runs `work` as the owner with the audit triggers off, as someone with the owner's password could. */
  const asOwnerWithoutTriggers = (work: (client: PoolClient) => Promise<void>) => asOwnerWithoutAuditTriggers(test.db, work);

  /** Re-MACs every row of the installation's chain from position `from` to the head with the real key: a rewrite by a key holder. */
  const rechainFrom = (client: PoolClient, from: number) =>
    (async () => {
      const { rows } = await client.query(
        `SELECT ${FIELDS}, chain_seq::text AS seq,
                (SELECT row_hash FROM audit_event b WHERE b.helpline_id IS NULL AND b.chain_seq = $1 - 1) AS before
           FROM audit_event WHERE helpline_id IS NULL AND chain_seq >= $1 ORDER BY chain_seq`,
        [from],
      );
      let previous: Buffer | null = rows[0]?.before ?? null;
      for (const row of rows) {
        const mac = auditChainRowMac(key(), previous, row.seq, null, row);
        await client.query(`UPDATE audit_event SET previous_hash = $2, row_hash = $3 WHERE helpline_id IS NULL AND chain_seq = $1`, [
          row.seq,
          previous,
          mac,
        ]);
        previous = mac;
      }
    })();

  describe('upgrade', () => {
    let upgraded: TestApp;
    let upgradeDb: { url: string; drop(): Promise<void> };

    beforeAll(async () => {
      upgradeDb = await ownDatabase('audit_legacy');
      const keyed = MIGRATIONS.findIndex((migration) => migration.name === 'AuditKeyedChain1764480000000');
      await migrate({ url: upgradeDb.url, migrations: MIGRATIONS.slice(0, keyed) });
      const { Client } = await import('pg');
      const owner = new Client({ connectionString: upgradeDb.url });
      await owner.connect();
      for (let i = 1; i <= LEGACY_ROWS; i++) {
        await owner.query(`INSERT INTO audit_event (staff_id, action, outcome, reason) VALUES (NULL, 'legacy.event', 'success', $1)`, [
          `r${i}`,
        ]);
      }
      // The keyed chain of issue 14, sealed as that version's sealer did (one chain, version 2)…
      const perHelpline = MIGRATIONS.findIndex((migration) => migration.name === 'AuditChainPerHelpline1764544000000');
      await migrate({ url: upgradeDb.url, migrations: MIGRATIONS.slice(0, perHelpline) });
      await owner.query(`INSERT INTO audit_event (staff_id, action, outcome, reason) VALUES (NULL, 'keyed.event', 'success', 'k1')`);
      const { rows: waiting } = await owner.query(`SELECT ${FIELDS} FROM audit_event WHERE chain_seq IS NULL ORDER BY id`);
      const {
        rows: [head],
      } = await owner.query(`SELECT chain_seq::text AS seq, row_hash FROM audit_event ORDER BY chain_seq DESC NULLS LAST LIMIT 1`);
      const v2Key = auditChainKey(Buffer.from(process.env['TEST_AUDIT_SECRET'] as string, 'base64'));
      let previous: Buffer = head.row_hash;
      const hashes = waiting.map((row, index) => (previous = auditRowMac(v2Key, previous, String(LEGACY_ROWS + index + 1), row)));
      await owner.query(`SELECT audit_event_seal($1::bigint, $2::bytea, $3::bigint[], $4::bytea[])`, [
        head.seq,
        head.row_hash,
        waiting.map((row) => row.id),
        hashes,
      ]);
      await owner.end();
      // …then the upgrade: the app starts, migrates, and seals per helpline.
      upgraded = await startTestApp({ DATABASE_URL: upgradeDb.url, DATABASE_APP_URL: '' });
      await upgraded.app.get(AuditSealer).sealPending({ wait: true });
    }, 120_000);
    afterAll(async () => {
      await upgraded?.close();
      await upgradeDb?.drop();
      await dropRoleOf(upgradeDb.url);
    });

    it('keeps the old rows as a legacy SHA-256 prefix; the first keyed row records the switch-over and covers the last legacy hash', async () => {
      const verification = await upgraded.app.get(AuditVerifyService).verify();
      expect(verification.intact).toBe(true);
      const [report] = verification.chains;
      expect(report).toMatchObject({ intact: true, legacyThrough: String(LEGACY_ROWS), helpline: expect.any(String) });
      expect(report.rows).toBeGreaterThan(LEGACY_ROWS);
      const { rows } = await upgraded.db.query(
        `SELECT a.chain_seq::int AS seq, a.chain_version AS version, a.action, a.reason,
                a.previous_hash = (SELECT b.row_hash FROM audit_event b WHERE b.chain_seq = a.chain_seq - 1) AS linked
           FROM audit_event a WHERE a.chain_seq IN ($1::bigint, $1::bigint + 1) ORDER BY a.chain_seq`,
        [LEGACY_ROWS],
      );
      expect(rows).toEqual([
        { seq: LEGACY_ROWS, version: 1, action: 'legacy.event', reason: `r${LEGACY_ROWS}`, linked: true },
        {
          seq: LEGACY_ROWS + 1,
          version: 2,
          action: 'audit.chain_keyed',
          reason: `keyed chain (HMAC) continues after legacy SHA-256 chain position ${LEGACY_ROWS}`,
          linked: true,
        },
      ]);
    });

    it('the one chain becomes the first helpline’s: its version-2 rows, then a marker sealed with the helpline that covers the last of them', async () => {
      const { rows } = await upgraded.db.query(
        `SELECT a.chain_seq::int AS seq, a.chain_version AS version, a.action, a.reason,
                a.helpline_id = (SELECT id FROM helpline ORDER BY created_at, id LIMIT 1) AS first_helpline,
                a.previous_hash = (SELECT b.row_hash FROM audit_event b WHERE b.chain_seq = a.chain_seq - 1) AS linked
           FROM audit_event a WHERE a.chain_seq IN ($1::bigint + 2, $1::bigint + 3) ORDER BY a.chain_seq`,
        [LEGACY_ROWS],
      );
      expect(rows).toEqual([
        { seq: LEGACY_ROWS + 2, version: 2, action: 'keyed.event', reason: 'k1', first_helpline: true, linked: true },
        {
          seq: LEGACY_ROWS + 3,
          version: 3,
          action: 'audit.chain_per_helpline',
          reason: `one chain per helpline: the chain so far continues as this helpline's after position ${LEGACY_ROWS + 2}`,
          first_helpline: true,
          linked: true,
        },
      ]);
      // A checkpoint taken before the upgrade (no chain named) is compared with the first helpline's chain.
      const {
        rows: [before],
      } = await upgraded.db.query(`SELECT row_hash FROM audit_event WHERE chain_seq = $1`, [LEGACY_ROWS + 2]);
      const old = signCheckpoint(auditCheckpointKey(upgraded.config.auditSecret), {
        count: String(LEGACY_ROWS + 2),
        head: before.row_hash,
        at: new Date().toISOString(),
      });
      const verification = await upgraded.app.get(AuditVerifyService).verify({ checkpoint: old });
      expect(verification.chains[0]).toMatchObject({ checkpoint: { status: 'matches' } });
      expect(verification.chains[1].checkpoint).toBeUndefined();
    });

    it('a legacy row rewritten with its SHA-256 chain recomputed (no key needed for that) breaks the keyed row after it', async () => {
      const recompute = `
        DO $$ DECLARE r record; previous bytea; BEGIN
          FOR r IN SELECT * FROM audit_event WHERE chain_version = 1 ORDER BY chain_seq LOOP
            UPDATE audit_event SET previous_hash = previous,
                   row_hash = audit_event_row_hash(previous, r.id, r.occurred_at, r.staff_id, r.action, r.entity_type, r.entity_id, r.case_code, r.outcome, r.reason)
             WHERE id = r.id RETURNING row_hash INTO previous;
          END LOOP; END $$`;
      const setReason = async (reason: string) => {
        const client = await upgraded.db.connect();
        try {
          await client.query('BEGIN');
          await client.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
          await client.query(`UPDATE audit_event SET reason = $1 WHERE chain_seq = 2`, [reason]);
          await client.query(recompute);
          await client.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      };
      await setReason('rewritten');
      const [report] = (await upgraded.app.get(AuditVerifyService).verify()).chains;
      const { rows } = await upgraded.db.query(`SELECT id::text AS id FROM audit_event WHERE chain_seq = $1`, [LEGACY_ROWS + 1]);
      expect(report).toMatchObject({
        intact: false,
        broken: { id: rows[0].id, reason: expect.stringContaining('previous_hash does not match') },
      });
      await setReason('r2');
      expect(await upgraded.app.get(AuditVerifyService).verify()).toMatchObject({ intact: true });
    });
  });

  describe('checkpoints', () => {
    let checkpoint: string;

    // Started after the upgrade's app has closed: two Nest apps in one process share TypeORM's
    // shutdown, so closing one would disconnect the other.
    beforeAll(async () => {
      database = await ownDatabase('audit_cp');
      // The app makes its own restricted role here (no DATABASE_APP_URL), as with only DATABASE_URL.
      test = await startTestApp({ DATABASE_URL: database.url, DATABASE_APP_URL: '' });
      for (let i = 0; i < 3; i++) await test.signIn('counsellor');
      await test.app.get(AuditSealer).sealPending({ wait: true });
      const report = await verify();
      expect(report).toMatchObject({ intact: true, newCheckpoint: expect.stringMatching(/^lac1\./) });
      checkpoint = report.newCheckpoint as string;
    }, 120_000);
    afterAll(async () => {
      await test?.close();
      await database?.drop();
      await dropRoleOf(database.url);
    });

    it('match while the chain only grows, and the command prints a new one to keep', async () => {
      await test.signIn('counsellor');
      await test.app.get(AuditSealer).sealPending({ wait: true });
      expect(await verify(checkpoint)).toMatchObject({ intact: true, checkpoint: { status: 'matches' } });
      const run = await command({ checkpoint });
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/^helpline "[^"]+": audit chain intact: \d+ rows\n/);
      expect(run.out).toMatch(/\ninstallation \(events of no helpline\): audit chain intact: \d+ rows\n/);
      expect(run.out).toMatch(/checkpoint matches: position \d+/);
      expect(run.out).toMatch(/checkpoint \(keep it outside the database\): lac1\.[\w-]+\.[\w-]+\n$/);
    });

    it('refuse a chain rewritten before the checkpoint, even when re-MACed with the real key so that it verifies', async () => {
      const { rows } = await test.db.query(
        `SELECT chain_seq::int AS seq, reason FROM audit_event WHERE helpline_id IS NULL AND chain_seq = 2`,
      );
      await asOwnerWithoutTriggers(async (client) => {
        await client.query(`UPDATE audit_event SET reason = 'rewritten' WHERE helpline_id IS NULL AND chain_seq = 2`);
        await rechainFrom(client, 2);
      });
      try {
        const report = await verify(checkpoint);
        expect(report).toMatchObject({
          intact: true,
          checkpoint: { status: 'refused', reason: expect.stringContaining('were changed or removed') },
        });
        expect(report.newCheckpoint).toBeUndefined();
        const run = await command({ checkpoint });
        expect(run.code).toBe(1);
        expect(run.out).toMatch(/CHECKPOINT REFUSED/);
      } finally {
        await asOwnerWithoutTriggers(async (client) => {
          await client.query(`UPDATE audit_event SET reason = $1 WHERE helpline_id IS NULL AND chain_seq = 2`, [rows[0].reason]);
          await rechainFrom(client, 2);
        });
      }
      expect(await verify(checkpoint)).toMatchObject({ checkpoint: { status: 'matches' } });
    });

    it('refuse a chain cut short before the checkpoint (rows removed, or an older backup restored)', async () => {
      const { rows } = await test.db.query(`SELECT max(chain_seq)::int AS head FROM audit_event WHERE helpline_id IS NULL`);
      const [, payload] = checkpoint.split('.');
      const count = Number(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')).count);
      await test.app.get(AuditSealer).onModuleDestroy(); // no sealing while rows are missing
      await asOwnerWithoutTriggers((client) =>
        client
          .query(`CREATE TABLE audit_event_cut AS SELECT * FROM audit_event WHERE helpline_id IS NULL AND chain_seq >= $1`, [count - 1])
          .then(() =>
            client.query(`DELETE FROM audit_event WHERE helpline_id IS NULL AND chain_seq >= $1`, [count - 1]).then(() => undefined),
          ),
      );
      try {
        expect(rows[0].head).toBeGreaterThan(count);
        expect(await verify(checkpoint)).toMatchObject({
          intact: true,
          checkpoint: { status: 'refused', reason: expect.stringContaining(`before the checkpoint's ${count}`) },
        });
      } finally {
        await asOwnerWithoutTriggers((client) =>
          client.query(`INSERT INTO audit_event SELECT * FROM audit_event_cut; DROP TABLE audit_event_cut`).then(() => undefined),
        );
      }
      expect(await verify(checkpoint)).toMatchObject({ intact: true, checkpoint: { status: 'matches' } });
    });

    it("refuse another chain's checkpoint for this one", async () => {
      const { rows } = await test.db.query(`SELECT id FROM helpline ORDER BY created_at, id LIMIT 1`);
      await expect(test.app.get(AuditVerifyService).verifyChain(rows[0].id, { checkpoint })).rejects.toThrow(
        /another helpline’s audit chain/,
      );
      const first = await test.app
        .get(AuditVerifyService)
        .verify({ helplineId: rows[0].id, checkpoint })
        .catch((error: Error) => error);
      expect(first).toBeInstanceOf(CheckpointError);
    });

    it("refuse another installation's checkpoint, or an altered one (exit 65)", async () => {
      const [prefix, payload, mac] = checkpoint.split('.');
      const altered = `${prefix}.${payload}.${mac.slice(0, -2)}AA`;
      await expect(verify(altered)).rejects.toThrow(CheckpointError);
      const run = await command({ checkpoint: altered });
      expect(run.code).toBe(65);
      expect(run.err).toMatch(/signature does not match/);
    });
  });

  const command = (values: Record<string, string>) => auditVerify(test, values);

  async function dropRoleOf(url: string): Promise<void> {
    const { Client } = await import('pg');
    const admin = new Client({ connectionString: process.env['TEST_ADMIN_DATABASE_URL'] });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${new URL(url).pathname.slice(1)}_app`).catch(() => undefined);
    await admin.end();
  }
});
