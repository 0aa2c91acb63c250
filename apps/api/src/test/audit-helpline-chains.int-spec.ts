import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { AuditSealer, AuditVerifyService, type ChainReport } from '@leidraad/api/audit';
import { RetentionService } from '@leidraad/api/retention';
import { startTestApp, type TestApp } from '../testing/test-app';
import { asOwnerWithoutAuditTriggers, auditVerify } from './audit-helpers';
import { createCase } from './cases-helpers';
import { ownDatabase } from './own-database';

/**
 * Issue 19: one audit chain per helpline (migration 1764544000000). Events of two helplines form
 * two gapless chains, verified, tampered with, moved between and pruned one at a time. A database
 * of its own: rows are rewritten and pruned here.
 */
describe('one audit chain per helpline', () => {
  let database: { url: string; drop(): Promise<void> };
  let test: TestApp;
  let a: { id: string; name: string };
  const b = { id: randomUUID(), name: `Tweede lijn ${randomUUID().slice(0, 8)}` };
  const codes: Record<'a' | 'b', string> = { a: '', b: '' };

  const verifier = () => test.app.get(AuditVerifyService);
  const seal = () => test.app.get(AuditSealer).sealPending({ wait: true });
  const chainOf = (reports: ChainReport[], helplineId: string | null) => reports.find((report) => report.helplineId === helplineId);

  /** Positions of a chain, in order, and which helplines its rows name. */
  const positions = async (helplineId: string) => {
    const { rows } = await test.db.query<{ seq: number; helpline_id: string }>(
      `SELECT chain_seq::int AS seq, helpline_id FROM audit_event WHERE helpline_id = $1 AND chain_seq IS NOT NULL ORDER BY chain_seq`,
      [helplineId],
    );
    return rows;
  };

  const asOwnerWithoutTriggers = (work: (client: PoolClient) => Promise<unknown>) => asOwnerWithoutAuditTriggers(test.db, work);
  const command = (values: Record<string, string>) => auditVerify(test, values);

  beforeAll(async () => {
    database = await ownDatabase('audit_chains');
    test = await startTestApp({ DATABASE_URL: database.url });
    a = (await test.db.query<{ id: string; name: string }>(`SELECT id, name FROM helpline ORDER BY created_at, id LIMIT 1`)).rows[0];
    await test.db.query(`INSERT INTO helpline (id, name) VALUES ($1, $2)`, [b.id, b.name]);
    // Three rows from six years ago start each helpline's chain (retention prunes them).
    for (const helplineId of [a.id, b.id]) {
      for (const n of [1, 2, 3]) {
        await test.db.query(
          `INSERT INTO audit_event (helpline_id, occurred_at, staff_id, action, outcome, reason)
           VALUES ($1, now() - interval '6 years' + $2 * interval '1 minute', NULL, 'test.old', 'success', 'old row')`,
          [helplineId, n],
        );
      }
    }
    // A counsellor of both helplines opens a case in each.
    const { client, staff } = await test.signIn('counsellor');
    await test.db.query(`INSERT INTO helpline_member (helpline_id, staff_id, role) VALUES ($1, $2, 'counsellor')`, [b.id, staff.id]);
    codes.a = (await createCase(client, { callerRole: 'friend', concern: 'unclear', contact: { channel: 'phone' } })).code;
    expect((await client.put('/api/auth/session/helpline', { helplineId: b.id })).status).toBe(200);
    const inB = await createCase(client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'chat' } });
    codes.b = inB.code;
    expect((await client.get(`/api/cases/${inB.id}`)).status).toBe(200);
    await seal();
  }, 120_000);
  afterAll(async () => {
    await test?.close();
    await database?.drop();
  });

  it('events of two helplines form two gapless chains, each holding only its own helpline’s events', async () => {
    for (const helplineId of [a.id, b.id]) {
      const rows = await positions(helplineId);
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index + 1));
    }
    const { rows } = await test.db.query<{ case_code: string; helpline_id: string }>(
      `SELECT DISTINCT case_code, helpline_id FROM audit_event WHERE case_code IN ($1, $2) ORDER BY case_code`,
      [codes.a, codes.b],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { case_code: codes.a, helpline_id: a.id },
        { case_code: codes.b, helpline_id: b.id },
      ]),
    );
    expect(rows).toHaveLength(2);
    // The sign-in itself belongs to no helpline yet: the installation's chain.
    const { rows: signIns } = await test.db.query(`SELECT DISTINCT helpline_id FROM audit_event WHERE action = 'auth.sign_in'`);
    expect(signIns).toEqual([{ helpline_id: null }]);

    const verification = await verifier().verify();
    expect(verification.intact).toBe(true);
    expect(verification.chains.map((chain) => [chain.helplineId, chain.helpline, chain.intact])).toEqual([
      [a.id, a.name, true],
      [b.id, b.name, true],
      [null, null, true],
    ]);
    expect(chainOf(verification.chains, b.id)?.rows).toBe((await positions(b.id)).length);
    // One helpline's chain alone.
    expect((await verifier().verify({ helplineId: b.id })).chains.map((chain) => chain.helplineId)).toEqual([b.id]);
    expect((await verifier().verify({ helpline: b.name })).chains.map((chain) => chain.helplineId)).toEqual([b.id]);
  });

  it('npm run audit:verify prints each helpline’s chain, or one with --helpline, and refuses an unknown helpline (64)', async () => {
    const all = await command({});
    expect(all.code).toBe(0);
    expect(all.out).toContain(`helpline "${a.name}": audit chain intact: `);
    expect(all.out).toContain(`helpline "${b.name}": audit chain intact: `);
    expect(all.out).toContain('installation (events of no helpline): audit chain intact: ');
    expect(all.out.match(/checkpoint \(keep it outside the database\): lac1\./g)).toHaveLength(3);

    const one = await command({ helpline: b.name });
    expect(one.code).toBe(0);
    expect(one.out).toContain(`helpline "${b.name}": audit chain intact: `);
    expect(one.out).not.toContain(a.name);

    const unknown = await command({ helpline: 'Geen lijn' });
    expect(unknown).toMatchObject({ code: 64, out: '', err: expect.stringContaining('no helpline "Geen lijn"') });
  });

  it('a row tampered with in helpline A breaks A’s chain only: B and the installation’s stay intact', async () => {
    const [row] = (
      await test.db.query<{ id: string; reason: string | null }>(
        `SELECT id::text AS id, reason FROM audit_event WHERE helpline_id = $1 AND chain_seq = 5`,
        [a.id],
      )
    ).rows;
    await asOwnerWithoutTriggers((client) => client.query(`UPDATE audit_event SET reason = 'rewritten' WHERE id = $1`, [row.id]));
    try {
      const verification = await verifier().verify();
      expect(verification.intact).toBe(false);
      expect(chainOf(verification.chains, a.id)).toMatchObject({ intact: false, rows: 4, broken: { id: row.id } });
      expect(chainOf(verification.chains, a.id)?.newCheckpoint).toBeUndefined();
      expect(chainOf(verification.chains, b.id)).toMatchObject({ intact: true, newCheckpoint: expect.stringMatching(/^lac1\./) });
      expect(chainOf(verification.chains, null)).toMatchObject({ intact: true });
      const run = await command({});
      expect(run.code).toBe(1);
      expect(run.out).toContain(`helpline "${a.name}": audit chain broken at id ${row.id}: `);
      expect(run.out).toContain(`helpline "${b.name}": audit chain intact: `);
      // Verifying B alone is fine.
      expect(await command({ helpline: b.name })).toMatchObject({ code: 0 });
    } finally {
      await asOwnerWithoutTriggers((client) => client.query(`UPDATE audit_event SET reason = $2 WHERE id = $1`, [row.id, row.reason]));
    }
    expect((await verifier().verify()).intact).toBe(true);
  });

  it('a row moved from A’s chain to the head of B’s by the superuser, links and all, is found in both', async () => {
    const [moved] = (
      await test.db.query<{ id: string; seq: string; previous_hash: Buffer }>(
        `SELECT id::text AS id, chain_seq::text AS seq, previous_hash FROM audit_event WHERE helpline_id = $1 AND chain_seq = 4`,
        [a.id],
      )
    ).rows;
    const [headOfB] = (
      await test.db.query<{ seq: string; row_hash: Buffer }>(
        `SELECT chain_seq::text AS seq, row_hash FROM audit_event WHERE helpline_id = $1 ORDER BY chain_seq DESC LIMIT 1`,
        [b.id],
      )
    ).rows;
    await test.app.get(AuditSealer).onModuleDestroy(); // no sealing while B's head is forged
    const move = (helplineId: string, seq: string, previous: Buffer) =>
      asOwnerWithoutTriggers((client) =>
        client.query(`UPDATE audit_event SET helpline_id = $2, chain_seq = $3, previous_hash = $4 WHERE id = $1`, [
          moved.id,
          helplineId,
          seq,
          previous,
        ]),
      );
    await move(b.id, String(Number(headOfB.seq) + 1), headOfB.row_hash);
    try {
      const verification = await verifier().verify();
      expect(chainOf(verification.chains, a.id)).toMatchObject({
        intact: false,
        broken: { reason: expect.stringContaining('rows are missing before it') },
      });
      expect(chainOf(verification.chains, b.id)).toMatchObject({
        intact: false,
        broken: { id: moved.id, reason: expect.stringContaining('moved between chains') },
      });
    } finally {
      await move(a.id, moved.seq, moved.previous_hash);
      test.app.get(AuditSealer).start();
    }
    expect((await verifier().verify()).intact).toBe(true);
  });

  it('pruning A’s chain leaves B’s untouched, both verify intact, and the retention job then prunes B’s', async () => {
    const before = { a: await positions(a.id), b: await positions(b.id) };
    const years = test.config.retention.auditYears;
    const { rows } = await test.db.query(`SELECT audit_event_prune($1, $2)::int AS pruned`, [a.id, years]);
    expect(rows).toEqual([{ pruned: 3 }]);
    expect((await positions(a.id)).map((row) => row.seq)).toEqual(before.a.slice(3).map((row) => row.seq));
    expect(await positions(b.id)).toEqual(before.b);
    const { rows: checkpoints } = await test.db.query(`SELECT helpline_id, last_pruned_seq::int AS seq FROM audit_prune_checkpoint`);
    expect(checkpoints).toEqual([{ helpline_id: a.id, seq: 3 }]);

    const verification = await verifier().verify();
    expect(verification.intact).toBe(true);
    expect(chainOf(verification.chains, a.id)).toMatchObject({ intact: true, rows: before.a.length - 3 });
    expect(chainOf(verification.chains, b.id)).toMatchObject({ intact: true, rows: before.b.length });

    // The job prunes per helpline: nothing more in A, B's three old rows.
    const report = await test.app.get(RetentionService).run();
    expect(report.auditRows).toBe(3);
    const { rows: after } = await test.db.query(`SELECT helpline_id, last_pruned_seq::int AS seq FROM audit_prune_checkpoint ORDER BY id`);
    expect(after).toEqual([
      { helpline_id: a.id, seq: 3 },
      { helpline_id: b.id, seq: 3 },
    ]);
    await seal();
    const again = await verifier().verify();
    expect(again.intact).toBe(true);
    expect(again.chains.map((chain) => chain.intact)).toEqual([true, true, true]);
  });

  it('compares a checkpoint with the chain it was taken of only', async () => {
    const { chains } = await verifier().verify({ helplineId: b.id });
    const checkpoint = chains[0].newCheckpoint as string;
    const verification = await verifier().verify({ checkpoint });
    expect(chainOf(verification.chains, b.id)).toMatchObject({ checkpoint: { status: 'matches' } });
    expect(chainOf(verification.chains, a.id)?.checkpoint).toBeUndefined();
    await expect(verifier().verify({ helplineId: a.id, checkpoint })).rejects.toThrow(/another helpline’s audit chain/);
  });

  it('keeps verifying the chain of a helpline deleted since (the trail outlives what it names)', async () => {
    const gone = { id: randomUUID(), name: `Opgeheven lijn ${randomUUID().slice(0, 8)}` };
    await test.db.query(`INSERT INTO helpline (id, name) VALUES ($1, $2)`, [gone.id, gone.name]);
    await test.db.query(`INSERT INTO audit_event (helpline_id, staff_id, action, outcome) VALUES ($1, NULL, 'test.event', 'success')`, [
      gone.id,
    ]);
    await seal();
    await test.db.query(`DELETE FROM helpline WHERE id = $1`, [gone.id]);
    const verification = await verifier().verify();
    expect(verification.intact).toBe(true);
    expect(verification.chains.map((chain) => [chain.helplineId, chain.helpline, chain.rows])).toEqual([
      [a.id, a.name, expect.any(Number)],
      [b.id, b.name, expect.any(Number)],
      [gone.id, null, 1],
      [null, null, expect.any(Number)],
    ]);
    const run = await command({});
    expect(run.code).toBe(0);
    expect(run.out).toContain(`deleted helpline ${gone.id}: audit chain intact: 1 rows`);
  });
});
