import type { CaseHeader, PeerGroupView, PeerReferralView, PeerWaitingEntry } from '@leidraad/shared/domain';
import { errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { auditOf, createCase } from './cases-helpers';

const MEETINGS = ['2027-09-06', '2027-09-13', '2027-09-20', '2027-09-27', '2027-10-04'].map((day, index) => ({
  startsAt: `${day}T19:30:00+02:00`,
  themeId: ['how-it-comes-about', 'risk-signals', 'impact-on-you', 'safety-plan-and-goals', 'sexuality-and-intimacy'][index],
}));

/** A case with a draft contact (as during a call): its header and the contact id. */
async function caseInCall(client: TestClient): Promise<{ header: CaseHeader; contactId: string }> {
  const header = await createCase(client, { callerRole: 'partner', concern: 'viewing_images', contact: { channel: 'phone' } });
  return { header, contactId: header.drafts[0].id };
}

describe('peer support group referrals, waiting list, enrolment and attendance', () => {
  let test: TestApp;
  let supervisor: TestClient;
  let counsellor: TestClient;
  let counsellorStaff: TestStaff;
  beforeAll(async () => {
    test = await startTestApp();
    ({ client: supervisor } = await test.signIn('supervisor'));
    ({ client: counsellor, staff: counsellorStaff } = await test.signIn('counsellor'));
  });
  afterAll(() => test.close());

  const newGroup = async (capacity: number): Promise<PeerGroupView> => {
    const response = await supervisor.post<PeerGroupView>('/api/peer-groups', {
      name: 'Najaar 2027 — avondreeks',
      location: 'de Waag',
      capacity,
      meetings: MEETINGS,
    });
    if (response.status !== 201) throw new Error(`create group: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };

  const refer = async (client: TestClient): Promise<PeerReferralView> => {
    const { header, contactId } = await caseInCall(client);
    const response = await client.post<PeerReferralView>('/api/peer-groups/referrals', { caseCode: header.code, contactId });
    if (response.status !== 201) throw new Error(`refer: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };

  const referralRows = async (): Promise<number> => {
    const { rows } = await test.db.query(`SELECT count(*)::int AS n FROM peer_referral WHERE referred_by = $1`, [counsellorStaff.id]);
    return rows[0].n;
  };

  it('puts referrals on the waiting list in order of referral, each with its place', async () => {
    const referred: PeerReferralView[] = [];
    for (let index = 0; index < 3; index++) referred.push(await refer(counsellor));
    expect(referred.map((referral) => referral.status)).toEqual(['waiting', 'waiting', 'waiting']);
    const list = await counsellor.get<PeerWaitingEntry[]>('/api/peer-groups/waiting-list');
    expect(list.status).toBe(200);
    const mine = list.body.filter((entry) => referred.some((referral) => referral.id === entry.referralId));
    expect(mine.map((entry) => entry.caseCode)).toEqual(referred.map((referral) => referral.caseCode));
    expect(mine[0].position).toBeLessThan(mine[1].position);
    expect(mine[1].position).toBeLessThan(mine[2].position);
    // Every position is the entry's place in the whole list.
    expect(list.body.map((entry) => entry.position)).toEqual(list.body.map((_, index) => index + 1));
    expect(referred[2].waitingPosition).toBe(mine[2].position);
    const audit = await auditOf(test.db, counsellorStaff.id, 'peer_referral.create');
    expect(audit.slice(-3).map((row) => [row.entity_id, row.case_code, row.outcome])).toEqual(
      referred.map((referral) => [referral.id, referral.caseCode, 'success']),
    );
  });

  it('refuses a second active referral of one case with 409 (also when two race), writing one row', async () => {
    const { header, contactId } = await caseInCall(counsellor);
    const before = await referralRows();
    const [first, second] = await Promise.all([
      counsellor.post('/api/peer-groups/referrals', { caseCode: header.code, contactId }),
      counsellor.post('/api/peer-groups/referrals', { caseCode: header.code, contactId }),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    expectProblem(first.status === 409 ? first : second, 409, 'conflict');
    const third = await counsellor.post('/api/peer-groups/referrals', { caseCode: header.code, contactId });
    expectProblem(third, 409, 'conflict');
    expect(third.body).toMatchObject({ currentReferral: { status: 'waiting' } });
    expect(await referralRows()).toBe(before + 1);
  });

  it('refuses to refer a case the counsellor cannot access (404, audited as denied), writing nothing', async () => {
    const { client: colleague } = await test.signIn('counsellor');
    const { header, contactId } = await caseInCall(colleague);
    const before = await referralRows();
    const response = await counsellor.post('/api/peer-groups/referrals', { caseCode: header.code, contactId });
    expectProblem(response, 404, 'not_found');
    expect(await referralRows()).toBe(before);
    const denied = (await auditOf(test.db, counsellorStaff.id, 'peer_referral.create')).filter((row) => row.outcome === 'denied');
    expect(denied.at(-1)).toMatchObject({ entity_type: 'case', entity_id: header.id, reason: 'not assigned and no access granted' });
    expectProblem(await counsellor.get(`/api/cases/${header.id}/peer-referrals`), 404, 'not_found');
    // A supervisor sees every case, so may refer it.
    expect((await supervisor.post('/api/peer-groups/referrals', { caseCode: header.code, contactId })).status).toBe(201);
  });

  it('refuses a malformed case code (400 caseCode) and a contact of another case (422 contactId)', async () => {
    const { header } = await caseInCall(counsellor);
    const other = await caseInCall(counsellor);
    const before = await referralRows();
    const malformed = await counsellor.post('/api/peer-groups/referrals', { caseCode: 'ABCD-EFGH-1', contactId: other.contactId });
    expectProblem(malformed, 400, 'validation_failed');
    expect(errorFields(malformed)).toEqual(['caseCode']);
    const wrongContact = await counsellor.post('/api/peer-groups/referrals', { caseCode: header.code, contactId: other.contactId });
    expectProblem(wrongContact, 422, 'unprocessable');
    expect(errorFields(wrongContact)).toEqual(['contactId']);
    expect(await referralRows()).toBe(before);
  });

  it('enrols from the waiting list; a full group is 409 with nothing written', async () => {
    const group = await newGroup(1);
    const [first, second] = [await refer(counsellor), await refer(counsellor)];
    const enrolled = await counsellor.post<PeerGroupView>(`/api/peer-groups/${group.id}/enrolments`, { referralId: first.id });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body).toMatchObject({ enrolledCount: 1, seatsLeft: 0 });
    expect(enrolled.body.enrolments.map((entry) => entry.caseCode)).toEqual([first.caseCode]);

    const full = await counsellor.post(`/api/peer-groups/${group.id}/enrolments`, { referralId: second.id });
    expectProblem(full, 409, 'conflict');
    expect(errorFields(full)).toEqual(['groupId']);
    expect(full.body).toMatchObject({ capacity: 1, enrolledCount: 1 });
    const { rows } = await test.db.query(`SELECT status, group_id FROM peer_referral WHERE id = $1`, [second.id]);
    expect(rows[0]).toEqual({ status: 'waiting', group_id: null });

    const {
      rows: [{ case_id: firstCase }],
    } = await test.db.query(`SELECT case_id FROM peer_referral WHERE id = $1`, [first.id]);
    const state = await counsellor.get<PeerReferralView[]>(`/api/cases/${firstCase}/peer-referrals`);
    expect(state.body[0]).toMatchObject({
      status: 'enrolled',
      waitingPosition: null,
      group: { id: group.id, name: 'Najaar 2027 — avondreeks' },
    });
    const waiting = await counsellor.get<PeerWaitingEntry[]>('/api/peer-groups/waiting-list');
    expect(waiting.body.map((entry) => entry.referralId)).not.toContain(first.id);
    expect(waiting.body.map((entry) => entry.referralId)).toContain(second.id);

    const audit = await auditOf(test.db, counsellorStaff.id, 'peer_referral.enrol');
    expect(audit.slice(-2).map((row) => [row.entity_id, row.outcome, row.reason])).toEqual([
      [first.id, 'success', `group ${group.id}`],
      [second.id, 'failure', 'group full'],
    ]);
  });

  it('lets exactly one of two racing enrolments take the last seat: one 201, one 409', async () => {
    for (let round = 0; round < 3; round++) {
      const group = await newGroup(1);
      const [a, b] = [await refer(counsellor), await refer(counsellor)];
      const responses = await Promise.all([
        counsellor.post(`/api/peer-groups/${group.id}/enrolments`, { referralId: a.id }),
        supervisor.post(`/api/peer-groups/${group.id}/enrolments`, { referralId: b.id }),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
      const { rows } = await test.db.query(`SELECT count(*)::int AS n FROM peer_referral WHERE group_id = $1 AND status = 'enrolled'`, [
        group.id,
      ]);
      expect(rows[0].n).toBe(1);
    }
  });

  it('refuses to enrol a referral that is not waiting (409) or does not exist (422), and into an unknown group (404)', async () => {
    const group = await newGroup(5);
    const referral = await refer(counsellor);
    expect((await counsellor.post(`/api/peer-groups/${group.id}/enrolments`, { referralId: referral.id })).status).toBe(201);
    const again = await counsellor.post(`/api/peer-groups/${group.id}/enrolments`, { referralId: referral.id });
    expectProblem(again, 409, 'conflict');
    expect(again.body).toMatchObject({ currentStatus: 'enrolled' });
    const unknown = await counsellor.post(`/api/peer-groups/${group.id}/enrolments`, {
      referralId: '3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f',
    });
    expectProblem(unknown, 422, 'unprocessable');
    expect(errorFields(unknown)).toEqual(['referralId']);
    expectProblem(
      await counsellor.post('/api/peer-groups/3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f/enrolments', { referralId: referral.id }),
      404,
      'not_found',
    );
  });

  it('records attendance per meeting and shows a group with case codes only', async () => {
    const group = await newGroup(4);
    const [a, b] = [await refer(counsellor), await refer(counsellor)];
    for (const referral of [a, b]) {
      expect((await counsellor.post(`/api/peer-groups/${group.id}/enrolments`, { referralId: referral.id })).status).toBe(201);
    }
    const saved = await counsellor.put<PeerGroupView>(`/api/peer-groups/${group.id}/attendance`, {
      entries: [
        { referralId: a.id, meeting: 1, status: 'present' },
        { referralId: b.id, meeting: 1, status: 'excused' },
        { referralId: a.id, meeting: 2, status: 'absent' },
      ],
    });
    expect(saved.status).toBe(200);
    const corrected = await supervisor.put<PeerGroupView>(`/api/peer-groups/${group.id}/attendance`, {
      entries: [{ referralId: a.id, meeting: 2, status: 'present' }],
    });
    expect(corrected.status).toBe(200);
    const read = await counsellor.get<PeerGroupView>(`/api/peer-groups/${group.id}`);
    expect(read.body.enrolments).toEqual([
      { referralId: a.id, caseCode: a.caseCode, enrolledAt: expect.any(String), attendance: ['present', 'present', null, null, null] },
      { referralId: b.id, caseCode: b.caseCode, enrolledAt: expect.any(String), attendance: ['excused', null, null, null, null] },
    ]);
    // Nothing of a case but its code: no id, role, concern, counsellor or notes.
    for (const enrolment of read.body.enrolments) {
      expect(Object.keys(enrolment).sort()).toEqual(['attendance', 'caseCode', 'enrolledAt', 'referralId']);
    }
    expect(Object.keys(read.body).sort()).toEqual([
      'capacity',
      'enrolledCount',
      'enrolments',
      'id',
      'location',
      'meetings',
      'name',
      'seatsLeft',
      'status',
      'version',
    ]);
    const text = JSON.stringify(read.body);
    const { rows } = await test.db.query(`SELECT id, assignee_id FROM case_file WHERE code = ANY($1)`, [
      [a.caseCode, b.caseCode].map((code) => code.replace(/-/g, '')),
    ]);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(text).not.toContain(row.id);
      expect(text).not.toContain(row.assignee_id);
    }
    expect(text).not.toMatch(/partner|viewing_images|callerRole|concern/);

    const audit = (await auditOf(test.db, counsellorStaff.id, 'peer_attendance.update')).filter((row) => row.outcome === 'success');
    expect(audit.slice(-2).map((row) => [row.entity_id, row.case_code])).toEqual([
      [a.id, a.caseCode],
      [b.id, b.caseCode],
    ]);
  });

  it('refuses attendance for a case not in the group (422 naming the entry) and bad values (400), writing nothing', async () => {
    const group = await newGroup(4);
    const inGroup = await refer(counsellor);
    const outside = await refer(counsellor);
    await counsellor.post(`/api/peer-groups/${group.id}/enrolments`, { referralId: inGroup.id });
    const count = async () =>
      (await test.db.query(`SELECT count(*)::int AS n FROM peer_attendance WHERE referral_id = ANY($1)`, [[inGroup.id, outside.id]]))
        .rows[0].n;
    const notEnrolled = await counsellor.put(`/api/peer-groups/${group.id}/attendance`, {
      entries: [
        { referralId: inGroup.id, meeting: 1, status: 'present' },
        { referralId: outside.id, meeting: 1, status: 'present' },
      ],
    });
    expectProblem(notEnrolled, 422, 'unprocessable');
    expect(errorFields(notEnrolled)).toEqual(['entries[1].referralId']);
    const badMeeting = await counsellor.put(`/api/peer-groups/${group.id}/attendance`, {
      entries: [{ referralId: inGroup.id, meeting: 6, status: 'late' }],
    });
    expectProblem(badMeeting, 400, 'validation_failed');
    expect(errorFields(badMeeting).sort()).toEqual(['entries.0.meeting', 'entries.0.status']);
    expect(await count()).toBe(0);
  });

  it('withdraws a referral: it leaves the waiting list, frees the case for a new referral, and a second withdraw is 409', async () => {
    const { header, contactId } = await caseInCall(counsellor);
    const first = await counsellor.post<PeerReferralView>('/api/peer-groups/referrals', { caseCode: header.code, contactId });
    const withdrawn = await counsellor.post<PeerReferralView>(`/api/peer-groups/referrals/${first.body.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', waitingPosition: null });
    expectProblem(await counsellor.post(`/api/peer-groups/referrals/${first.body.id}/withdraw`), 409, 'conflict');
    const waiting = await counsellor.get<PeerWaitingEntry[]>('/api/peer-groups/waiting-list');
    expect(waiting.body.map((entry) => entry.referralId)).not.toContain(first.body.id);
    const again = await counsellor.post<PeerReferralView>('/api/peer-groups/referrals', { caseCode: header.code, contactId });
    expect(again.status).toBe(201);
    const history = await counsellor.get<PeerReferralView[]>(`/api/cases/${header.id}/peer-referrals`);
    expect(history.body.map((referral) => referral.status)).toEqual(['waiting', 'withdrawn']);
  });

  it('deletes referrals and attendance with their case', async () => {
    const group = await newGroup(3);
    const referral = await refer(counsellor);
    await counsellor.post(`/api/peer-groups/${group.id}/enrolments`, { referralId: referral.id });
    await counsellor.put(`/api/peer-groups/${group.id}/attendance`, {
      entries: [{ referralId: referral.id, meeting: 1, status: 'present' }],
    });
    await test.db.query(`DELETE FROM case_file WHERE code = $1`, [referral.caseCode.replace(/-/g, '')]);
    const { rows } = await test.db.query(
      `SELECT (SELECT count(*)::int FROM peer_referral WHERE id = $1) AS referrals,
              (SELECT count(*)::int FROM peer_attendance WHERE referral_id = $1) AS attendance`,
      [referral.id],
    );
    expect(rows[0]).toEqual({ referrals: 0, attendance: 0 });
    const read = await counsellor.get<PeerGroupView>(`/api/peer-groups/${group.id}`);
    expect(read.body).toMatchObject({ enrolledCount: 0, seatsLeft: 3, enrolments: [] });
  });
});
