import { Pool } from 'pg';
import type { CaseHeader, ContactView, DraftSaved } from '@leidraad/shared/domain';
import { createStaffWithCli, installationEnv, runCli, signInOver, startAppProcess, type AppProcess } from '../testing/app-process';
import { FULL_CONTACT } from './cases-helpers';
import { ownDatabase } from './own-database';

/**
 * Issue 8, faults: the app process is killed (SIGKILL: no shutdown, no draining) in the middle
 * of a contact. A new process on the same database finds every finalised contact with its
 * audit rows, the draft as last acknowledged, and an intact audit chain.
 */
describe('an app process killed in the middle of a contact', () => {
  let database: { url: string; drop(): Promise<void> };
  let env: Record<string, string>;
  let db: Pool;
  const processes: AppProcess[] = [];

  beforeAll(async () => {
    database = await ownDatabase('kill');
    env = installationEnv(database.url);
    db = new Pool({ connectionString: database.url, max: 2 });
    // pool.end() resolves before its connections have closed; the forced DROP DATABASE may reach one.
    db.on('error', () => undefined);
  });
  afterAll(async () => {
    for (const app of processes) await app.kill();
    await db.end();
    await database.drop();
  });

  it('loses no finalised contact, no acknowledged autosave and no audit row, and the audit chain verifies', async () => {
    const first = await startAppProcess(env);
    processes.push(first);
    const counsellor = createStaffWithCli(env, 'counsellor');
    const client = await signInOver(first.client(), counsellor);

    // A case whose first contact is finalised…
    const created = await client.post<CaseHeader>('/api/cases', {
      callerRole: 'parent',
      concern: 'unclear',
      contact: { channel: 'phone' },
    });
    expect(created.status).toBe(201);
    const caseId = created.body.id;
    const finalId = created.body.drafts[0].id;
    expect((await client.put(`/api/cases/${caseId}/contacts/${finalId}/draft`, { revision: 1, ...FULL_CONTACT })).status).toBe(200);
    expect((await client.post(`/api/cases/${caseId}/contacts/${finalId}/finalise`)).status).toBe(200);

    // …and a second contact being typed, autosaved again and again.
    const second = await client.post<ContactView>(`/api/cases/${caseId}/contacts`, { channel: 'phone' });
    expect(second.status).toBe(201);
    const draftUrl = `/api/cases/${caseId}/contacts/${second.body.id}/draft`;
    const text = (revision: number) => `Tweede gesprek, versie ${revision}: beller vertelt verder over de situatie thuis.`;
    let acknowledged = 0;
    for (let revision = 1; revision <= 8; revision++) {
      const saved = await client.put<DraftSaved>(draftUrl, { revision, ...FULL_CONTACT, summary: text(revision) });
      expect(saved.status).toBe(200);
      acknowledged = revision;
      await new Promise((r) => setTimeout(r, 50));
    }
    const auditBefore = await auditRows(db, caseId);

    // One more save on its way while the process is killed: it may or may not have landed.
    const inFlight = client.put<DraftSaved>(draftUrl, { revision: 9, ...FULL_CONTACT, summary: text(9) }).then(
      (r) => r.status,
      () => 0,
    );
    await first.kill();
    if ((await inFlight) === 200) acknowledged = 9;
    expect(first.child.signalCode).toBe('SIGKILL');

    const next = await startAppProcess(env);
    processes.push(next);
    // Sessions live in PostgreSQL: the counsellor's session outlives the process.
    const again = next.client();
    for (const [name, value] of client.cookies) again.cookies.set(name, value);

    const final = await again.get<ContactView>(`/api/cases/${caseId}/contacts/${finalId}`);
    expect(final.status).toBe(200);
    expect({ status: final.body.status, summary: final.body.summary, outcome: final.body.outcome }).toEqual({
      status: 'final',
      summary: FULL_CONTACT.summary,
      outcome: FULL_CONTACT.outcome,
    });
    const draft = await again.get<ContactView>(`/api/cases/${caseId}/contacts/${second.body.id}`);
    expect(draft.status).toBe(200);
    // Every acknowledged save is there; at most the one in flight (not acknowledged) is lost.
    expect([acknowledged, 9]).toContain(draft.body.revision);
    expect(draft.body.summary).toBe(text(draft.body.revision));

    const auditAfter = await auditRows(db, caseId);
    expect(auditAfter.slice(0, auditBefore.length)).toEqual(auditBefore);
    expect(auditBefore).toEqual(
      expect.arrayContaining([
        { action: 'case.create', outcome: 'success', entity_id: caseId },
        { action: 'contact.finalise', outcome: 'success', entity_id: finalId },
      ]),
    );
    expect(auditBefore.filter((row) => row.action === 'contact.draft_save' && row.entity_id === second.body.id)).toHaveLength(8);

    const verified = runCli(env, ['audit:verify']);
    expect(verified).toEqual({ status: 0, output: expect.stringMatching(/^helpline "[^"]+": audit chain intact: \d+ rows/) });
    // Two process starts and two CLI runs: generous for a loaded machine, seconds when idle.
  }, 90_000);
});

/** The audit rows of one case and its contacts, in the order they were written. */
async function auditRows(db: Pool, caseId: string): Promise<{ action: string; outcome: string; entity_id: string }[]> {
  const { rows } = await db.query(
    `SELECT action, outcome, entity_id FROM audit_event
      WHERE entity_id = $1::text OR entity_id IN (SELECT id::text FROM contact WHERE case_id = $1::uuid)
      ORDER BY id`,
    [caseId],
  );
  return rows;
}
