import { randomUUID } from 'node:crypto';
import type { CaseHeader, HandoverView, TodayOverview } from '@leidraad/shared/domain';
import { errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import { auditOf, createCase, FULL_CONTACT, storedCase } from './cases-helpers';

describe('handing a case over to a colleague', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  it('moves the case and its draft to the colleague, whose Vandaag shows it with the note until they finalise a contact, and among their open cases', async () => {
    const giver = await test.signIn('counsellor');
    const taker = await test.signIn('counsellor');
    const header = await createCase(giver.client, {
      callerRole: 'parent',
      concern: 'unclear',
      contact: { channel: 'phone', summary: 'Halverwege' },
    });
    const draftId = header.drafts[0].id;
    const note = 'Beller belt morgen terug; stap 2 is besproken, stap 3 nog niet.';

    const response = await giver.client.post<HandoverView>(`/api/cases/${header.id}/handovers`, {
      version: 1,
      toStaffId: taker.staff.id,
      note,
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      caseId: header.id,
      code: header.code,
      from: { id: giver.staff.id },
      to: { id: taker.staff.id },
      note,
      draftContactIds: [draftId],
      caseVersion: 2,
    });
    expect(await storedCase(test.db, header.id)).toMatchObject({
      assignee_id: taker.staff.id,
      version: 2,
    });
    const { rows } = await test.db.query<{ counsellor_id: string }>('SELECT counsellor_id FROM contact WHERE id = $1', [draftId]);
    expect(rows[0].counsellor_id).toBe(taker.staff.id);
    const { rows: stored } = await test.db.query<{ note: Buffer }>('SELECT note FROM case_handover WHERE id = $1', [response.body.id]);
    expect(stored[0].note.includes(Buffer.from('stap 2'))).toBe(false);

    const today = await taker.client.get<TodayOverview>('/api/cases/today');
    expect(today.status).toBe(200);
    expect(today.body.handedToMe).toEqual([
      {
        case: expect.objectContaining({
          id: header.id,
          code: header.code,
          assignee: expect.objectContaining({ id: taker.staff.id }),
        }),
        handover: {
          id: response.body.id,
          from: expect.objectContaining({ id: giver.staff.id }),
          note,
          createdAt: expect.any(String),
        },
      },
    ]);
    // Issue 17: a case handed to me is one of my open cases too (as on Dossiers).
    expect(today.body.myOpenCases.map((item) => item.id)).toEqual([header.id]);

    // The giver no longer sees the case: it is no longer theirs.
    expectProblem(await giver.client.get(`/api/cases/${header.id}`), 404);
    expect((await giver.client.get<TodayOverview>('/api/cases/today')).body.myOpenCases).toEqual([]);

    expect(await auditOf(test.db, giver.staff.id, 'handover.create')).toEqual([
      expect.objectContaining({
        entity_type: 'case_handover',
        entity_id: response.body.id,
        case_code: header.code,
        outcome: 'success',
      }),
    ]);

    // Picked up: once the colleague finalises the draft, the case moves to their open cases.
    const base = `/api/cases/${header.id}/contacts/${draftId}`;
    expect(
      (
        await taker.client.put(`${base}/draft`, {
          revision: 1,
          ...FULL_CONTACT,
        })
      ).status,
    ).toBe(200);
    expect((await taker.client.post(`${base}/finalise`)).status).toBe(200);
    const after = await taker.client.get<TodayOverview>('/api/cases/today');
    expect(after.body.handedToMe).toEqual([]);
    expect(after.body.myOpenCases.map((item) => item.id)).toEqual([header.id]);
  });

  it('puts cases waiting for the caller in their own list', async () => {
    const { client } = await test.signIn('counsellor');
    const waiting = await createCase(client);
    const open = await createCase(client);
    expect(
      (
        await client.patch(`/api/cases/${waiting.id}`, {
          version: 1,
          status: 'waiting_for_caller',
        })
      ).status,
    ).toBe(200);
    const closed = await createCase(client);
    expect(
      (
        await client.patch(`/api/cases/${closed.id}`, {
          version: 1,
          status: 'closed',
          statusReason: 'Eenmalig contact',
        })
      ).status,
    ).toBe(200);
    const today = await client.get<TodayOverview>('/api/cases/today');
    expect(today.body.waitingForCaller.map((item) => item.id)).toEqual([waiting.id]);
    expect(today.body.myOpenCases.map((item) => item.id)).toEqual([open.id]);
  });

  it('refuses a recipient who is not an active counsellor, or is already the assignee, with 400 naming toStaffId', async () => {
    const { client, staff } = await test.signIn('counsellor');
    const header = await createCase(client);
    const supervisor = await test.createStaff('supervisor');
    for (const toStaffId of [supervisor.id, staff.id, '3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f']) {
      const response = await client.post(`/api/cases/${header.id}/handovers`, {
        version: 1,
        toStaffId,
        note: 'Overdracht',
      });
      expectProblem(response, 400, 'validation_failed');
      expect(errorFields(response)).toEqual(['toStaffId']);
    }
    expect(await storedCase(test.db, header.id)).toMatchObject({
      assignee_id: staff.id,
      version: 1,
    });
  });

  it('refuses a counsellor who works only in another helpline exactly like an unknown staff member', async () => {
    const { client, staff } = await test.signIn('counsellor');
    const header = await createCase(client);
    const elsewhere = await test.createStaff('counsellor');
    const helplineId = randomUUID();
    await test.db.query(`INSERT INTO helpline (id, name, language) VALUES ($1, $2, 'nl-BE')`, [
      helplineId,
      `Elders ${helplineId.slice(0, 8)}`,
    ]);
    await test.db.query(`UPDATE helpline_member SET helpline_id = $1 WHERE staff_id = $2`, [helplineId, elsewhere.id]);
    try {
      const attempt = (toStaffId: string) =>
        client.post(`/api/cases/${header.id}/handovers`, { version: 1, toStaffId, note: 'Overdracht' });
      const refused = await attempt(elsewhere.id);
      expectProblem(refused, 400, 'validation_failed');
      expect(refused.body).toEqual((await attempt(randomUUID())).body);
      const checked = await client.get(`/api/cases/${header.id}/handovers/appointments?toStaffId=${elsewhere.id}`);
      expect(checked.status).toBe(400);
      expect(await storedCase(test.db, header.id)).toMatchObject({ assignee_id: staff.id, version: 1 });
    } finally {
      await test.db.query(`DELETE FROM helpline_member WHERE helpline_id = $1`, [helplineId]);
      await test.db.query(`DELETE FROM helpline WHERE id = $1`, [helplineId]);
    }
  });

  it('lets a supervisor reassign a case to a counsellor', async () => {
    const owner = await test.signIn('counsellor');
    const other = await test.createStaff('counsellor');
    const supervisor = await test.signIn('supervisor');
    const header: CaseHeader = await createCase(owner.client);
    const response = await supervisor.client.post<HandoverView>(`/api/cases/${header.id}/handovers`, {
      version: 1,
      toStaffId: other.id,
      note: 'Herverdeling wegens verlof',
    });
    expect(response.status).toBe(201);
    expect(await storedCase(test.db, header.id)).toMatchObject({
      assignee_id: other.id,
    });
  });
});
