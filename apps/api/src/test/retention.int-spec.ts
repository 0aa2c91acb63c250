import { AuditSealer, AuditVerifyService } from '@leidraad/api/audit';
import { FieldCipher, place } from '@leidraad/api/core';
import { randomUUID } from 'node:crypto';
import { formatCaseCode } from '@leidraad/shared/case-code';
import { retentionRunCommand } from '../cli/retention-run.command';
import { startTestApp, type TestApp } from '../testing/test-app';
import { caseWithFinalContact, createCase } from './cases-helpers';
import { ownDatabase } from './own-database';

/** Closes a case (raw SQL) as if it had been closed `ago` (a PostgreSQL interval) back. */
async function closeAt(test: TestApp, caseId: string, staffId: string, ago: string): Promise<void> {
  const id = randomUUID();
  const reason = test.app.get(FieldCipher).encrypt('afgerond', place('case_status_change', 'reason', id));
  await test.db.query(`UPDATE case_file SET status = 'closed', updated_at = now() - $2::interval WHERE id = $1`, [caseId, ago]);
  await test.db.query(
    `INSERT INTO case_status_change (id, case_id, from_status, to_status, reason, changed_by, changed_at)
     VALUES ($5, $1, 'open', 'closed', $2, $3, now() - $4::interval)`,
    [caseId, reason, staffId, ago, id],
  );
}

async function runCli(test: TestApp, values: Record<string, boolean>): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  try {
    return {
      code: await retentionRunCommand.run(test.app, values, test.config),
      out: out.join(''),
    };
  } finally {
    spy.mockRestore();
  }
}

/** Every table with a foreign key to case_file, with the referencing column and its ON DELETE action. */
async function caseReferences(test: TestApp): Promise<{ table: string; column: string; action: string }[]> {
  const { rows } = await test.db.query(
    `SELECT c.conrelid::regclass::text AS table, a.attname AS column, c.confdeltype AS action
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'f' AND c.confrelid = 'case_file'::regclass`,
  );
  return rows;
}

describe('retention (npm run retention:run)', () => {
  let database: { url: string; drop(): Promise<void> };
  let test: TestApp;
  const ids: Record<'expired' | 'justExpired' | 'oldOpen' | 'recent' | 'justInside', string> = {} as never;
  const codes: Record<string, string> = {};
  let oldAuditIds: string[];

  beforeAll(async () => {
    database = await ownDatabase('retention');
    test = await startTestApp({ DATABASE_URL: database.url });
    // Three audit rows from six years ago start the first helpline's chain (the oldest rows are the ones pruned).
    const { rows: before } = await test.db.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(before[0].n).toBe(0);
    for (const n of [1, 2, 3]) {
      await test.db.query(
        `INSERT INTO audit_event (helpline_id, occurred_at, staff_id, action, outcome, reason)
         VALUES ((SELECT id FROM helpline ORDER BY created_at, id LIMIT 1),
                 now() - interval '6 years' + $1 * interval '1 minute', NULL, 'test.old', 'success', 'old row')`,
        [n],
      );
    }
    oldAuditIds = (await test.db.query(`SELECT id::text FROM audit_event ORDER BY id`)).rows.map((row) => row.id);

    const { client, staff } = await test.signIn('counsellor');
    const colleague = await test.createStaff('counsellor');
    const cipher = test.app.get(FieldCipher);
    /** A row id, and text encrypted for that row's column. */
    const newId = () => randomUUID();
    const text = (value: string, table: string, column: string, id: string | string[]) => cipher.encrypt(value, place(table, column, id));
    const [flagId, handoverId, correctionId] = [newId(), newId(), newId()];

    const expired = await caseWithFinalContact(client);
    ids.expired = expired.header.id;
    ids.justExpired = (await createCase(client)).id;
    ids.oldOpen = (await createCase(client)).id;
    ids.recent = (await createCase(client)).id;
    ids.justInside = (await createCase(client)).id;

    // The expired case gets a row in every table that belongs to a case.
    const c = ids.expired;
    await test.db.query(`INSERT INTO case_risk_flag (id, case_id, flag, reason, set_by) VALUES ($4, $1, 'other', $2, $3)`, [
      c,
      text('zorg', 'case_risk_flag', 'reason', flagId),
      staff.id,
      flagId,
    ]);
    await test.db.query(`INSERT INTO case_handover (id, case_id, from_staff_id, to_staff_id, note) VALUES ($5, $1, $2, $3, $4)`, [
      c,
      staff.id,
      colleague.id,
      text('overdracht', 'case_handover', 'note', handoverId),
      handoverId,
    ]);
    await test.db.query(
      `INSERT INTO contact_correction (id, contact_id, case_id, reason, summary, corrected_by) VALUES ($6, $1, $2, $3, $4, $5)`,
      [
        expired.contact.id,
        c,
        text('typefout', 'contact_correction', 'reason', correctionId),
        text('beter', 'contact_correction', 'summary', correctionId),
        staff.id,
        correctionId,
      ],
    );
    await test.db.query(`INSERT INTO case_access_grant (staff_id, case_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
      colleague.id,
      c,
    ]);
    await test.db.query(
      `INSERT INTO guide_progress (case_id, item_id, state, contact_id, note, updated_by, guide_version) VALUES ($1, 'test-item', 'discussed', $2, $3, $4, 1)`,
      [c, expired.contact.id, text('notitie', 'guide_progress', 'note', [c, 'test-item']), staff.id],
    );
    await test.db.query(
      `INSERT INTO guide_progress_change (case_id, item_id, from_state, to_state, contact_id, changed_by, guide_version)
       VALUES ($1, 'test-item', 'not_discussed', 'discussed', $2, $3, 1)`,
      [c, expired.contact.id, staff.id],
    );
    await test.db.query(`INSERT INTO case_revision (case_id, version, changed_fields, changed_by) VALUES ($1, 99, '{status}', $2)`, [
      c,
      staff.id,
    ]);

    await closeAt(test, ids.expired, staff.id, '30 months');
    await closeAt(test, ids.justExpired, staff.id, '24 months 1 day');
    await closeAt(test, ids.recent, staff.id, '1 month');
    await closeAt(test, ids.justInside, staff.id, '23 months 28 days');
    await test.db.query(
      `UPDATE case_file SET created_at = now() - interval '40 months', updated_at = now() - interval '30 months' WHERE id = $1`,
      [ids.oldOpen],
    );
    const { rows } = await test.db.query(`SELECT id, code FROM case_file`);
    for (const row of rows) codes[row.id] = formatCaseCode(row.code);
    // Only sealed rows are pruned; the running app seals within a second, this makes it now.
    await test.app.get(AuditSealer).sealPending({ wait: true });
  });
  afterAll(async () => {
    await test?.close();
    await database?.drop();
  });

  it('every table that references a case deletes its rows with the case (ON DELETE CASCADE)', async () => {
    const references = await caseReferences(test);
    expect(references.length).toBeGreaterThanOrEqual(9);
    expect(references.filter((reference) => reference.action !== 'c')).toEqual([]);
  });

  it('--dry-run lists exactly the closed cases past the period, and deletes nothing', async () => {
    const { code, out } = await runCli(test, { 'dry-run': true });
    expect(code).toBe(0);
    expect(out).toContain(`would delete 2 cases closed more than 24 months ago: ${codes[ids.expired]}, ${codes[ids.justExpired]}`);
    expect(out).toContain('would prune 3 audit rows older than 5 years');
    const { rows } = await test.db.query(`SELECT count(*)::int AS n FROM case_file`);
    expect(rows[0].n).toBe(5);
    const { rows: audit } = await test.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'test.old'`);
    expect(audit[0].n).toBe(3);
  });

  it('deletes exactly those cases with all their rows, leaves a tombstone, and prunes old audit rows keeping the chain verifiable', async () => {
    const { code, out } = await runCli(test, {});
    expect(code).toBe(0);
    expect(out).toContain(`deleted 2 cases`);
    expect(out).toContain('pruned 3 audit rows');

    const { rows: left } = await test.db.query(`SELECT id FROM case_file`);
    expect(left.map((row) => row.id).sort()).toEqual([ids.oldOpen, ids.recent, ids.justInside].sort());

    for (const { table, column } of await caseReferences(test)) {
      const { rows } = await test.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} IN ($1, $2)`, [
        ids.expired,
        ids.justExpired,
      ]);
      expect([table, rows[0].n]).toEqual([table, 0]);
    }

    const { rows: tombstones } = await test.db.query(
      `SELECT staff_id, entity_id, case_code, outcome FROM audit_event WHERE action = 'case.retention_deleted' ORDER BY id`,
    );
    expect(tombstones).toEqual([
      {
        staff_id: null,
        entity_id: null,
        case_code: codes[ids.expired],
        outcome: 'success',
      },
      {
        staff_id: null,
        entity_id: null,
        case_code: codes[ids.justExpired],
        outcome: 'success',
      },
    ]);

    const { rows: old } = await test.db.query(`SELECT id::text FROM audit_event WHERE id <= $1`, [oldAuditIds[2]]);
    expect(old).toEqual([]);
    const { rows: checkpoints } = await test.db.query(
      `SELECT last_pruned_id::text AS id, rows_pruned::int AS n,
              helpline_id = (SELECT id FROM helpline ORDER BY created_at, id LIMIT 1) AS in_first_helpline
         FROM audit_prune_checkpoint`,
    );
    // Pruned from the first helpline's chain, which carries its own checkpoint.
    expect(checkpoints).toEqual([{ id: oldAuditIds[2], n: 3, in_first_helpline: true }]);
    const report = await test.app.get(AuditVerifyService).verify();
    expect(report).toMatchObject({ intact: true });
    expect(report.chains[0]).toMatchObject({ intact: true, rows: expect.any(Number) });

    // A second run finds nothing more to do, and the chain still verifies after it.
    const again = await runCli(test, {});
    expect(again.out).toContain('deleted 0 cases');
    expect(again.out).toContain('pruned 0 audit rows');
    expect(await test.app.get(AuditVerifyService).verify()).toMatchObject({
      intact: true,
    });
  });

  it('still refuses a plain DELETE of audit rows, and pruning of rows younger than a year', async () => {
    const { rows } = await test.db.query(`SELECT id::text FROM audit_event ORDER BY id LIMIT 1`);
    await expect(test.db.query(`DELETE FROM audit_event WHERE id = $1`, [rows[0].id])).rejects.toThrow(/append-only: DELETE refused/);
    await expect(test.db.query(`SELECT audit_event_prune(NULL, 0)`)).rejects.toThrow(/kept for at least 5 years/);
    await expect(test.db.query(`DELETE FROM audit_prune_checkpoint`)).rejects.toThrow(/append-only/);
  });

  it('a forged checkpoint that does not match the first remaining row is found by the verifier', async () => {
    // Simulates tampering: a checkpoint that does not match the first remaining row.
    await test.db.query(
      `INSERT INTO audit_prune_checkpoint (helpline_id, cutoff, last_pruned_id, last_pruned_hash, rows_pruned, last_pruned_seq)
       VALUES ((SELECT id FROM helpline ORDER BY created_at, id LIMIT 1), now() - interval '5 years', $1, '\\x00', 1, 3)`,
      [oldAuditIds[2]],
    );
    const report = await test.app.get(AuditVerifyService).verify();
    expect(report).toMatchObject({ intact: false });
    expect(report.chains.map((chain) => chain.intact)).toEqual([false, true]);
  });
});
