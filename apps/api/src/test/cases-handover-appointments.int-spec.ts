import type { AppointmentView, CaseHandedOver, HandoverAppointmentCheck, HandoverView } from '@leidraad/shared/domain';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import { book } from './appointments-helpers';
import { auditOf, createCase, storedCase } from './cases-helpers';

/** Monday 14 June 2027, 09:00 and 10:00 Dutch time: inside default working hours, in the future. */
const NINE = '2027-06-14T07:00:00.000Z';
const TEN = '2027-06-14T08:00:00.000Z';

/** Issue 17: a handover asks what happens to the case's coming appointments, and the giver is told where the case went. */
describe('a handover with coming appointments', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  async function caseWithAppointments() {
    const giver = await test.signIn('counsellor');
    const taker = await test.signIn('counsellor');
    const header = await createCase(giver.client);
    const first = await book(giver.client, header.id, { startsAt: NINE });
    const second = await book(giver.client, header.id, { startsAt: TEN });
    return { giver, taker, header, first, second };
  }

  const counsellorOf = async (id: string): Promise<string> =>
    (await test.db.query<{ counsellor_id: string }>('SELECT counsellor_id FROM appointment WHERE id = $1', [id])).rows[0].counsellor_id;

  it('lists the coming appointments with the colleague’s appointment in the way, and moves them in the handover', async () => {
    const { giver, taker, header, first, second } = await caseWithAppointments();
    const elsewhere = await createCase(taker.client);
    const inTheWay = await book(taker.client, elsewhere.id, { startsAt: NINE });

    const check = await giver.client.get<HandoverAppointmentCheck>(
      `/api/cases/${header.id}/handovers/appointments?toStaffId=${taker.staff.id}`,
    );
    expect(check.status).toBe(200);
    expect(check.body.to.id).toBe(taker.staff.id);
    expect(check.body.appointments).toEqual([
      expect.objectContaining({
        id: first.id,
        startsAt: NINE,
        counsellor: expect.objectContaining({ id: giver.staff.id }),
        conflict: { startsAt: inTheWay.startsAt, endsAt: inTheWay.endsAt },
      }),
      expect.objectContaining({ id: second.id, startsAt: TEN, conflict: null }),
    ]);
    // Times only: nothing of the colleague's other case.
    expect(JSON.stringify(check.body)).not.toContain(elsewhere.code);

    // Moving would double-book the colleague: refused whole, nothing written.
    const refused = await giver.client.post(`/api/cases/${header.id}/handovers`, {
      version: 1,
      toStaffId: taker.staff.id,
      note: 'Vervolg bij jou.',
      appointments: 'move',
    });
    expectProblem(refused, 409, 'conflict');
    expect(refused.body).toMatchObject({
      errors: [{ field: 'appointments', code: 'double_booking' }],
      conflictingAppointments: [{ id: first.id }],
    });
    expect(await storedCase(test.db, header.id)).toMatchObject({ assignee_id: giver.staff.id, version: 1 });
    expect(await counsellorOf(second.id)).toBe(giver.staff.id);

    // The colleague's own appointment goes; now everything moves, in the same transaction as the handover.
    expect(
      (
        await taker.client.post(`/api/appointments/${inTheWay.id}/status`, {
          version: inTheWay.version,
          status: 'cancelled',
          reason: 'Verzet',
        })
      ).status,
    ).toBe(200);
    const done = await giver.client.post<HandoverView>(`/api/cases/${header.id}/handovers`, {
      version: 1,
      toStaffId: taker.staff.id,
      note: 'Vervolg bij jou.',
      appointments: 'move',
    });
    expect(done.status).toBe(201);
    expect(done.body.movedAppointmentIds).toEqual([first.id, second.id]);
    expect(await counsellorOf(first.id)).toBe(taker.staff.id);
    expect(await counsellorOf(second.id)).toBe(taker.staff.id);
    const agenda = await taker.client.get<AppointmentView[]>(
      `/api/appointments?from=2027-06-14T00:00:00Z&to=2027-06-15T00:00:00Z&counsellorId=${taker.staff.id}`,
    );
    expect(agenda.body.map((appointment) => appointment.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect((await auditOf(test.db, giver.staff.id, 'appointment.handover')).map((row) => row.entity_id)).toEqual([first.id, second.id]);
  });

  it('keeps the appointments with their counsellor when asked to (and by default)', async () => {
    const { giver, taker, header, first } = await caseWithAppointments();
    const kept = await giver.client.post<HandoverView>(`/api/cases/${header.id}/handovers`, {
      version: 1,
      toStaffId: taker.staff.id,
      note: 'Afspraken blijven bij mij.',
      appointments: 'keep',
    });
    expect(kept.status).toBe(201);
    expect(kept.body.movedAppointmentIds).toEqual([]);
    expect(await counsellorOf(first.id)).toBe(giver.staff.id);
  });

  it('tells the former owner to whom the case went — and only that — while others get not found', async () => {
    const { giver, taker, header } = await caseWithAppointments();
    const stranger = await test.signIn('counsellor');
    expect((await giver.client.get<CaseHandedOver>(`/api/cases/${header.id}/handed-over`)).body).toEqual({ handedOver: null });
    expect(
      (await giver.client.post(`/api/cases/${header.id}/handovers`, { version: 1, toStaffId: taker.staff.id, note: 'Voor jou.' })).status,
    ).toBe(201);

    expectProblem(await giver.client.get(`/api/cases/${header.id}`), 404);
    const notice = await giver.client.get<CaseHandedOver>(`/api/cases/${header.id}/handed-over`);
    expect(notice.status).toBe(200);
    expect(notice.body).toEqual({
      handedOver: { to: { id: taker.staff.id, displayName: expect.stringMatching(/^Test counsellor /) }, at: expect.any(String) },
    });
    expect(JSON.stringify(notice.body)).not.toContain(header.code);
    expectProblem(await stranger.client.get(`/api/cases/${header.id}/handed-over`), 404);
    expect(await auditOf(test.db, stranger.staff.id, 'case.handed_over')).toEqual([
      expect.objectContaining({ outcome: 'denied', entity_id: header.id }),
    ]);
  });

  it('names a case reassigned away by a supervisor too', async () => {
    const { giver, taker, header } = await caseWithAppointments();
    const supervisor = await test.signIn('supervisor');
    expect(
      (
        await supervisor.client.post(`/api/cases/${header.id}/reassign`, {
          version: 1,
          toStaffId: taker.staff.id,
          reason: 'Verdeling van het werk',
        })
      ).status,
    ).toBe(201);
    const notice = await giver.client.get<CaseHandedOver>(`/api/cases/${header.id}/handed-over`);
    expect(notice.body.handedOver?.to.id).toBe(taker.staff.id);
  });
});
