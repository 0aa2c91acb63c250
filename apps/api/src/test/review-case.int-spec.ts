import type { CaseHeader, CaseReassignmentView, CaseReviewState } from '@leidraad/shared/domain';
import { auditRows, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { intoOtherHelpline } from './appointments-helpers';
import { createCase, storedCase, UNKNOWN_ID } from './cases-helpers';

/** Issue 7, case review: "reviewed", reassignment with the case's version, risk-flag acknowledgement. */
describe('reviewing a case', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  const REASON = 'Collega heeft meer ervaring met deze vraag; overdracht besproken in het teamoverleg.';

  /** The attention predicate the supervision overview uses: active flags without acknowledgement. */
  async function unacknowledgedFlags(caseId: string): Promise<string[]> {
    const { rows } = await test.db.query<{ flag: string }>(
      `SELECT f.flag FROM case_risk_flag f
        WHERE f.case_id = $1 AND f.cleared_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM risk_flag_acknowledgement a WHERE a.risk_flag_id = f.id)
        ORDER BY f.flag`,
      [caseId],
    );
    return rows.map((row) => row.flag);
  }

  async function setFlag(client: TestClient, caseId: string, version: number, flag: string): Promise<number> {
    const set = await client.post<CaseHeader>(`/api/cases/${caseId}/risk-flags`, {
      version,
      flag,
      reason: 'Beller maakt zich grote zorgen.',
    });
    if (set.status !== 201) throw new Error(`set flag: ${set.status} ${JSON.stringify(set.body)}`);
    return set.body.version;
  }

  describe('marking reviewed', () => {
    it('keeps every mark; the newest is "last reviewed", also for the assigned counsellor', async () => {
      const counsellor = await test.signIn('counsellor');
      const supervisor = await test.signIn('supervisor');
      const header = await createCase(counsellor.client);

      const before = await supervisor.client.get<CaseReviewState>(`/api/cases/${header.id}/review`);
      expect(before.status).toBe(200);
      expect(before.body).toMatchObject({ caseId: header.id, caseCode: header.code, lastReview: null, reviews: [], riskFlags: [] });

      const first = await supervisor.client.post<CaseReviewState>(`/api/cases/${header.id}/review`);
      expect(first.status).toBe(201);
      const second = await supervisor.client.post<CaseReviewState>(`/api/cases/${header.id}/review`);
      expect(second.body.reviews).toHaveLength(2);
      expect(second.body.lastReview).toEqual(second.body.reviews[0]);
      expect(second.body.lastReview?.reviewedBy.id).toBe(supervisor.staff.id);
      expect(Date.parse(second.body.reviews[0].reviewedAt)).toBeGreaterThanOrEqual(Date.parse(second.body.reviews[1].reviewedAt));

      const seen = await counsellor.client.get<CaseReviewState>(`/api/cases/${header.id}/review`);
      expect(seen.status).toBe(200);
      expect(seen.body.lastReview?.id).toBe(second.body.lastReview?.id);
      expect((await auditRows(test.db, { staff_id: supervisor.staff.id, action: 'case.review' })).map((row) => row.outcome)).toEqual([
        'success',
        'success',
      ]);
      // A "reviewed" mark is no change of the case: its version stays.
      expect((await storedCase(test.db, header.id))['version']).toBe(header.version);
    });

    it('counsellors and admins may not mark a case reviewed (403, audited); an unknown case is 404', async () => {
      const counsellor = await test.signIn('counsellor');
      const admin = await test.signIn('admin');
      const supervisor = await test.signIn('supervisor');
      const header = await createCase(counsellor.client);

      expectProblem(await counsellor.client.post(`/api/cases/${header.id}/review`), 403, 'forbidden');
      expectProblem(await admin.client.post(`/api/cases/${header.id}/review`), 403, 'forbidden');
      expectProblem(await admin.client.get(`/api/cases/${header.id}/review`), 403, 'forbidden');
      expectProblem(await supervisor.client.post(`/api/cases/${UNKNOWN_ID}/review`), 404, 'not_found');
      const { rows } = await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_review WHERE case_id = $1', [header.id]);
      expect(rows[0].n).toBe(0);
      expect(await auditRows(test.db, { staff_id: counsellor.staff.id, action: 'access.denied' })).toEqual([
        expect.objectContaining({ outcome: 'denied', entity_id: 'POST /api/cases/:id/review' }),
      ]);
      expect(await auditRows(test.db, { staff_id: admin.staff.id, action: 'access.denied' })).toHaveLength(2);
    });
  });

  describe('reassigning', () => {
    it("moves the case, the old assignee's drafts and the version; the reason is stored encrypted and audited", async () => {
      const from = await test.signIn('counsellor');
      const to = await test.signIn('counsellor');
      const supervisor = await test.signIn('supervisor');
      const header = await createCase(from.client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
      const draftId = header.drafts[0].id;

      const response = await supervisor.client.post<CaseReassignmentView>(`/api/cases/${header.id}/reassign`, {
        toStaffId: to.staff.id,
        version: header.version,
        reason: REASON,
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        caseId: header.id,
        caseCode: header.code,
        from: { id: from.staff.id },
        to: { id: to.staff.id },
        reassignedBy: { id: supervisor.staff.id },
        reason: REASON,
        caseVersion: header.version + 1,
      });
      expect(await storedCase(test.db, header.id)).toMatchObject({ assignee_id: to.staff.id, version: header.version + 1 });
      const { rows: drafts } = await test.db.query('SELECT counsellor_id FROM contact WHERE id = $1', [draftId]);
      expect(drafts[0].counsellor_id).toBe(to.staff.id);
      const { rows: stored } = await test.db.query<{ reason: Buffer }>('SELECT reason FROM case_reassignment WHERE id = $1', [
        response.body.id,
      ]);
      expect(stored[0].reason.includes(Buffer.from('teamoverleg'))).toBe(false);

      const audit = await auditRows(test.db, { staff_id: supervisor.staff.id, action: 'case.reassign' });
      expect(audit).toEqual([expect.objectContaining({ outcome: 'success', entity_id: response.body.id })]);
      expect(audit[0].reason).not.toContain('teamoverleg');

      // The new assignee has the case; the old one lost it.
      expect((await to.client.get(`/api/cases/${header.id}`)).status).toBe(200);
      expectProblem(await from.client.get(`/api/cases/${header.id}`), 404, 'not_found');
    });

    it('refuses a stale version with 409 (currentVersion, changedFields) and writes nothing', async () => {
      const from = await test.signIn('counsellor');
      const to = await test.signIn('counsellor');
      const supervisor = await test.signIn('supervisor');
      const header = await createCase(from.client);
      await setFlag(from.client, header.id, header.version, 'caller_safety');

      const stale = await supervisor.client.post(`/api/cases/${header.id}/reassign`, {
        toStaffId: to.staff.id,
        version: header.version,
        reason: REASON,
      });
      expectProblem(stale, 409, 'conflict');
      expect(stale.body).toMatchObject({ currentVersion: header.version + 1, changedFields: ['riskFlags'] });
      expect(await storedCase(test.db, header.id)).toMatchObject({ assignee_id: from.staff.id, version: header.version + 1 });
      const { rows } = await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_reassignment WHERE case_id = $1', [
        header.id,
      ]);
      expect(rows[0].n).toBe(0);
      expect(await auditRows(test.db, { staff_id: supervisor.staff.id, action: 'case.reassign' })).toEqual([
        expect.objectContaining({ outcome: 'failure' }),
      ]);
    });

    it('refuses the current assignee, a supervisor, an unknown id, a counsellor of another helpline, identifiers in the reason and a missing version; nothing changes', async () => {
      const from = await test.signIn('counsellor');
      const supervisor = await test.signIn('supervisor');
      const header = await createCase(from.client);
      const path = `/api/cases/${header.id}/reassign`;
      const base = { version: header.version, reason: REASON };

      const elsewhere = await test.createStaff('counsellor');
      await intoOtherHelpline(test.db, elsewhere.id);
      for (const toStaffId of [from.staff.id, supervisor.staff.id, UNKNOWN_ID, elsewhere.id]) {
        const refused = await supervisor.client.post(path, { ...base, toStaffId });
        expectProblem(refused, 400, 'validation_failed');
        expect(refused.body).toMatchObject({ errors: [expect.objectContaining({ field: 'toStaffId' })] });
      }
      const other = await test.createStaff('counsellor');
      const identifiers = await supervisor.client.post(path, {
        ...base,
        toStaffId: other.id,
        reason: 'Overleg met Jan de Vries via jan@example.nl.',
      });
      expectProblem(identifiers, 422, 'identifiers_found');
      expectProblem(await supervisor.client.post(path, { toStaffId: other.id, reason: REASON }), 400, 'validation_failed');
      expect(await storedCase(test.db, header.id)).toMatchObject({ assignee_id: from.staff.id, version: header.version });
    });

    it('counsellors and admins may not reassign (403)', async () => {
      const from = await test.signIn('counsellor');
      const admin = await test.signIn('admin');
      const other = await test.createStaff('counsellor');
      const header = await createCase(from.client);
      const body = { toStaffId: other.id, version: header.version, reason: REASON };
      expectProblem(await from.client.post(`/api/cases/${header.id}/reassign`, body), 403, 'forbidden');
      expectProblem(await admin.client.post(`/api/cases/${header.id}/reassign`, body), 403, 'forbidden');
      expect(await storedCase(test.db, header.id)).toMatchObject({ assignee_id: from.staff.id });
    });
  });

  describe('acknowledging a risk flag', () => {
    it('acknowledges the active flag once; it leaves "active flags without acknowledgement"; set again, it needs a new one', async () => {
      const counsellor = await test.signIn('counsellor');
      const supervisor = await test.signIn('supervisor');
      const header = await createCase(counsellor.client);
      let version = await setFlag(counsellor.client, header.id, header.version, 'caller_safety');
      version = await setFlag(counsellor.client, header.id, version, 'other');
      expect(await unacknowledgedFlags(header.id)).toEqual(['caller_safety', 'other']);

      const acknowledged = await supervisor.client.post<CaseReviewState>(`/api/cases/${header.id}/risk-flags/caller_safety/acknowledge`);
      expect(acknowledged.status).toBe(200);
      expect(acknowledged.body.riskFlags).toEqual([
        expect.objectContaining({
          flag: 'caller_safety',
          acknowledgedBy: { id: supervisor.staff.id, displayName: expect.any(String) },
          acknowledgedAt: expect.any(String),
        }),
        expect.objectContaining({ flag: 'other', acknowledgedBy: null, acknowledgedAt: null }),
      ]);
      expect(await unacknowledgedFlags(header.id)).toEqual(['other']);
      expectProblem(await supervisor.client.post(`/api/cases/${header.id}/risk-flags/caller_safety/acknowledge`), 409, 'conflict');

      const cleared = await counsellor.client.post<CaseHeader>(`/api/cases/${header.id}/risk-flags/caller_safety/clear`, {
        version,
        reason: 'Situatie is veilig.',
      });
      expect(cleared.status).toBe(200);
      await setFlag(counsellor.client, header.id, cleared.body.version, 'caller_safety');
      expect(await unacknowledgedFlags(header.id)).toEqual(['caller_safety', 'other']);

      expect(
        (await auditRows(test.db, { staff_id: supervisor.staff.id, action: 'risk_flag.acknowledge' })).map((row) => row.outcome),
      ).toEqual(['success', 'failure']);
    });

    it('answers 404 for a flag that is not set, 400 for an unknown flag, 403 for counsellors and admins', async () => {
      const counsellor = await test.signIn('counsellor');
      const admin = await test.signIn('admin');
      const supervisor = await test.signIn('supervisor');
      const header = await createCase(counsellor.client);
      await setFlag(counsellor.client, header.id, header.version, 'other');

      expectProblem(await supervisor.client.post(`/api/cases/${header.id}/risk-flags/caller_safety/acknowledge`), 404, 'not_found');
      expectProblem(await supervisor.client.post(`/api/cases/${header.id}/risk-flags/nonsense/acknowledge`), 400, 'validation_failed');
      expectProblem(await counsellor.client.post(`/api/cases/${header.id}/risk-flags/other/acknowledge`), 403, 'forbidden');
      expectProblem(await admin.client.post(`/api/cases/${header.id}/risk-flags/other/acknowledge`), 403, 'forbidden');
      expect(await unacknowledgedFlags(header.id)).toEqual(['other']);
    });
  });

  it('review marks, reassignments and acknowledgements go with their case (retention)', async () => {
    const counsellor = await test.signIn('counsellor');
    const supervisor = await test.signIn('supervisor');
    const other = await test.createStaff('counsellor');
    const header = await createCase(counsellor.client);
    const version = await setFlag(counsellor.client, header.id, header.version, 'other');
    await supervisor.client.post(`/api/cases/${header.id}/review`);
    await supervisor.client.post(`/api/cases/${header.id}/risk-flags/other/acknowledge`);
    const moved = await supervisor.client.post(`/api/cases/${header.id}/reassign`, { toStaffId: other.id, version, reason: REASON });
    expect(moved.status).toBe(201);

    await test.db.query('DELETE FROM case_file WHERE id = $1', [header.id]);
    const { rows } = await test.db.query(
      `SELECT (SELECT count(*)::int FROM case_review WHERE case_id = $1) AS reviews,
              (SELECT count(*)::int FROM case_reassignment WHERE case_id = $1) AS reassignments,
              (SELECT count(*)::int FROM risk_flag_acknowledgement a WHERE a.acknowledged_by = $2) AS acknowledgements`,
      [header.id, supervisor.staff.id],
    );
    expect(rows[0]).toEqual({ reviews: 0, reassignments: 0, acknowledgements: 0 });
  });
});
