import type { ReviewRemarkView } from '@leidraad/shared/domain';
import { auditRows, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import { createCase, UNKNOWN_ID } from './cases-helpers';

/** Issue 7, case review: remarks from a supervisor to the assigned counsellor, and their acknowledgement. */
describe('review remarks', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  const TEXT = 'Goed dat stap 2 besproken is; vraag bij het volgende contact naar de afspraken.';

  async function remarkCount(caseId: string): Promise<number> {
    const { rows } = await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM review_remark WHERE case_id = $1', [caseId]);
    return rows[0].n;
  }

  it('a supervisor leaves a remark for the assignee, stored encrypted, who sees it on the case and under "mine" and acknowledges it once', async () => {
    const counsellor = await test.signIn('counsellor');
    const supervisor = await test.signIn('supervisor');
    const header = await createCase(counsellor.client);

    const created = await supervisor.client.post<ReviewRemarkView>(`/api/cases/${header.id}/review-remarks`, { text: TEXT });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      caseId: header.id,
      caseCode: header.code,
      text: TEXT,
      author: { id: supervisor.staff.id },
      addressedTo: { id: counsellor.staff.id },
      acknowledgedAt: null,
    });
    const { rows: stored } = await test.db.query<{ text: Buffer }>('SELECT text FROM review_remark WHERE id = $1', [created.body.id]);
    expect(stored[0].text.includes(Buffer.from('stap 2'))).toBe(false);

    const forCase = await counsellor.client.get<ReviewRemarkView[]>(`/api/cases/${header.id}/review-remarks`);
    expect(forCase.status).toBe(200);
    expect(forCase.body.map((remark) => remark.text)).toEqual([TEXT]);

    const mine = await counsellor.client.get<ReviewRemarkView[]>('/api/review-remarks/mine');
    expect(mine.status).toBe(200);
    expect(mine.body.map((remark) => remark.id)).toEqual([created.body.id]);

    const acknowledged = await counsellor.client.post<ReviewRemarkView>(`/api/review-remarks/${created.body.id}/acknowledge`);
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body.acknowledgedAt).toEqual(expect.any(String));
    expect((await counsellor.client.get<ReviewRemarkView[]>('/api/review-remarks/mine')).body).toEqual([]);

    expectProblem(await counsellor.client.post(`/api/review-remarks/${created.body.id}/acknowledge`), 409, 'conflict');

    expect((await auditRows(test.db, { staff_id: supervisor.staff.id, action: 'review_remark.create' })).map((row) => row.outcome)).toEqual(
      ['success'],
    );
    expect(
      (await auditRows(test.db, { staff_id: counsellor.staff.id, action: 'review_remark.acknowledge' })).map((row) => row.outcome),
    ).toEqual(['success', 'failure']);
    expect(await auditRows(test.db, { staff_id: counsellor.staff.id, action: 'review_remark.read' })).toHaveLength(1);
  });

  it('only the assignee acknowledges: the supervisor and another counsellor get 404, an unknown remark too', async () => {
    const counsellor = await test.signIn('counsellor');
    const other = await test.signIn('counsellor');
    const supervisor = await test.signIn('supervisor');
    const header = await createCase(counsellor.client);
    const created = await supervisor.client.post<ReviewRemarkView>(`/api/cases/${header.id}/review-remarks`, { text: TEXT });

    expectProblem(await other.client.post(`/api/review-remarks/${created.body.id}/acknowledge`), 404, 'not_found');
    expectProblem(await supervisor.client.post(`/api/review-remarks/${created.body.id}/acknowledge`), 404, 'not_found');
    expectProblem(await counsellor.client.post(`/api/review-remarks/${UNKNOWN_ID}/acknowledge`), 404, 'not_found');
    const { rows } = await test.db.query('SELECT acknowledged_at FROM review_remark WHERE id = $1', [created.body.id]);
    expect(rows[0].acknowledged_at).toBeNull();
    expect((await auditRows(test.db, { staff_id: other.staff.id, action: 'review_remark.acknowledge' }))[0]).toMatchObject({
      outcome: 'denied',
      entity_id: created.body.id,
    });
  });

  it('a counsellor who is not the assignee does not see the remarks of the case (404, audited)', async () => {
    const counsellor = await test.signIn('counsellor');
    const other = await test.signIn('counsellor');
    const supervisor = await test.signIn('supervisor');
    const header = await createCase(counsellor.client);
    await supervisor.client.post(`/api/cases/${header.id}/review-remarks`, { text: TEXT });

    expectProblem(await other.client.get(`/api/cases/${header.id}/review-remarks`), 404, 'not_found');
    // Opening the case by code with a reason gives access to the case, not to its review remarks.
    const opened = await other.client.post('/api/cases/lookup', {
      code: header.code,
      reason: { category: 'other', note: 'Collega is ziek' },
    });
    expect(opened.status).toBe(200);
    expectProblem(await other.client.get(`/api/cases/${header.id}/review-remarks`), 404, 'not_found');
    expect((await auditRows(test.db, { staff_id: other.staff.id, action: 'review_remark.read' })).map((row) => row.outcome)).toEqual([
      'denied',
      'denied',
    ]);
    expect((await other.client.get<ReviewRemarkView[]>('/api/review-remarks/mine')).body).toEqual([]);
  });

  it('after a reassignment the former counsellor no longer reads, lists or acknowledges the remarks; the new one does', async () => {
    const former = await test.signIn('counsellor');
    const successor = await test.signIn('counsellor');
    const supervisor = await test.signIn('supervisor');
    const header = await createCase(former.client);
    const created = await supervisor.client.post<ReviewRemarkView>(`/api/cases/${header.id}/review-remarks`, { text: TEXT });
    expect((await former.client.get<ReviewRemarkView[]>('/api/review-remarks/mine')).body.map((r) => r.id)).toEqual([created.body.id]);

    const handover = await supervisor.client.post(`/api/cases/${header.id}/handovers`, {
      version: 1,
      toStaffId: successor.staff.id,
      note: 'Herverdeling wegens verlof',
    });
    expect(handover.status).toBe(201);

    expectProblem(await former.client.get(`/api/cases/${header.id}/review-remarks`), 404, 'not_found');
    const formerMine = await former.client.get<ReviewRemarkView[]>('/api/review-remarks/mine');
    expect(formerMine.status).toBe(200);
    expect(formerMine.body).toEqual([]);
    expect(JSON.stringify(formerMine.body)).not.toContain('stap 2');
    expectProblem(await former.client.post(`/api/review-remarks/${created.body.id}/acknowledge`), 404, 'not_found');
    const { rows } = await test.db.query('SELECT acknowledged_at FROM review_remark WHERE id = $1', [created.body.id]);
    expect(rows[0].acknowledged_at).toBeNull();
    expect((await auditRows(test.db, { staff_id: former.staff.id, action: 'review_remark.acknowledge' }))[0]).toMatchObject({
      outcome: 'denied',
      entity_id: created.body.id,
    });

    expect((await successor.client.get<ReviewRemarkView[]>(`/api/cases/${header.id}/review-remarks`)).body.map((r) => r.text)).toEqual([
      TEXT,
    ]);
    expect((await successor.client.get<ReviewRemarkView[]>('/api/review-remarks/mine')).body.map((r) => r.id)).toEqual([created.body.id]);
    expect((await successor.client.post(`/api/review-remarks/${created.body.id}/acknowledge`)).status).toBe(200);
  });

  it('refuses a remark with a direct identifier (422 naming the field) and stores nothing', async () => {
    const counsellor = await test.signIn('counsellor');
    const supervisor = await test.signIn('supervisor');
    const header = await createCase(counsellor.client);

    const refused = await supervisor.client.post(`/api/cases/${header.id}/review-remarks`, {
      text: 'Bel de beller terug op 06-12345678 voor de evaluatie.',
    });
    expectProblem(refused, 422, 'identifiers_found');
    expect((refused.body as { errors: { field: string }[] }).errors.map((error) => error.field)).toContain('text');
    expect(await remarkCount(header.id)).toBe(0);
  });

  it('refuses an empty, blank or too long remark and an unknown field (400), and a remark on an unknown case (404)', async () => {
    const counsellor = await test.signIn('counsellor');
    const supervisor = await test.signIn('supervisor');
    const header = await createCase(counsellor.client);
    const path = `/api/cases/${header.id}/review-remarks`;

    expectProblem(await supervisor.client.post(path, {}), 400, 'validation_failed');
    expectProblem(await supervisor.client.post(path, { text: '   ' }), 400, 'validation_failed');
    expectProblem(await supervisor.client.post(path, { text: 'a'.repeat(1001) }), 400, 'validation_failed');
    expectProblem(await supervisor.client.post(path, { text: TEXT, addressedTo: counsellor.staff.id }), 400, 'validation_failed');
    expectProblem(await supervisor.client.post(`/api/cases/${UNKNOWN_ID}/review-remarks`, { text: TEXT }), 404, 'not_found');
    expect(await remarkCount(header.id)).toBe(0);
  });

  it('counsellors and admins may not write remarks (403, audited by the guard); admins may not read them', async () => {
    const counsellor = await test.signIn('counsellor');
    const admin = await test.signIn('admin');
    const header = await createCase(counsellor.client);

    expectProblem(await counsellor.client.post(`/api/cases/${header.id}/review-remarks`, { text: TEXT }), 403, 'forbidden');
    expectProblem(await admin.client.post(`/api/cases/${header.id}/review-remarks`, { text: TEXT }), 403, 'forbidden');
    expectProblem(await admin.client.get(`/api/cases/${header.id}/review-remarks`), 403, 'forbidden');
    expectProblem(await admin.client.get('/api/review-remarks/mine'), 403, 'forbidden');
    expect(await remarkCount(header.id)).toBe(0);
    expect(await auditRows(test.db, { staff_id: counsellor.staff.id, action: 'access.denied' })).toEqual([
      expect.objectContaining({ outcome: 'denied', entity_id: 'POST /api/cases/:id/review-remarks' }),
    ]);
    expect(await auditRows(test.db, { staff_id: admin.staff.id, action: 'access.denied' })).toHaveLength(3);
  });

  it('goes with its case when the case is deleted (retention)', async () => {
    const counsellor = await test.signIn('counsellor');
    const supervisor = await test.signIn('supervisor');
    const header = await createCase(counsellor.client);
    await supervisor.client.post(`/api/cases/${header.id}/review-remarks`, { text: TEXT });
    expect(await remarkCount(header.id)).toBe(1);
    await test.db.query('DELETE FROM case_file WHERE id = $1', [header.id]);
    expect(await remarkCount(header.id)).toBe(0);
  });
});
