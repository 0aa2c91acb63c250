import type { AppointmentView, CaseHeader, ConflictingAppointment, RescheduleResult } from '@leidraad/shared/domain';
import { errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { appointmentCount, book } from './appointments-helpers';
import { auditOf, createCase } from './cases-helpers';

describe('appointment status and rescheduling', () => {
  let test: TestApp;
  let client: TestClient;
  let staff: TestStaff;
  let header: CaseHeader;
  let contactId: string;
  beforeAll(async () => {
    test = await startTestApp();
    ({ client, staff } = await test.signIn('counsellor'));
    header = await createCase(client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    contactId = header.drafts[0].id;
  });
  afterAll(() => test.close());

  it('marks an appointment done, linked to the contact of this case that fulfilled it', async () => {
    const appointment = await book(client, header.id, { startsAt: '2027-08-02T08:00:00Z' });
    const response = await client.post<AppointmentView>(`/api/appointments/${appointment.id}/status`, {
      version: appointment.version,
      status: 'done',
      contactId,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'done', contactId, version: appointment.version + 1 });
    expect(await auditOf(test.db, staff.id, 'appointment.done')).toEqual([
      expect.objectContaining({ entity_id: appointment.id, case_code: header.code, outcome: 'success' }),
    ]);
  });

  it('refuses done without a contact (400) or with a contact of another case (422), writing nothing', async () => {
    const appointment = await book(client, header.id, { startsAt: '2027-08-02T09:00:00Z' });
    const missing = await client.post(`/api/appointments/${appointment.id}/status`, { version: 1, status: 'done' });
    expectProblem(missing, 400, 'validation_failed');
    expect(errorFields(missing)).toEqual(['contactId']);
    const otherCase = await createCase(client, { callerRole: 'self', concern: 'unclear', contact: { channel: 'chat' } });
    const foreign = await client.post(`/api/appointments/${appointment.id}/status`, {
      version: 1,
      status: 'done',
      contactId: otherCase.drafts[0].id,
    });
    expectProblem(foreign, 422, 'unprocessable');
    expect(errorFields(foreign)).toEqual(['contactId']);
    const { rows } = await test.db.query('SELECT status, version, contact_id FROM appointment WHERE id = $1', [appointment.id]);
    expect(rows[0]).toEqual({ status: 'planned', version: 1, contact_id: null });
  });

  it('cancels with a reason, encrypted at rest, and needs the reason', async () => {
    const appointment = await book(client, header.id, { startsAt: '2027-08-03T08:00:00Z' });
    const missing = await client.post(`/api/appointments/${appointment.id}/status`, { version: 1, status: 'cancelled' });
    expectProblem(missing, 400);
    expect(errorFields(missing)).toContain('reason');
    const reason = 'Beller wil eerst zelf het gesprek voeren';
    const response = await client.post<AppointmentView>(`/api/appointments/${appointment.id}/status`, {
      version: 1,
      status: 'cancelled',
      reason,
    });
    expect(response.body).toMatchObject({ status: 'cancelled', cancelReason: reason });
    const { rows } = await test.db.query('SELECT cancel_reason FROM appointment WHERE id = $1', [appointment.id]);
    expect(Buffer.isBuffer(rows[0].cancel_reason)).toBe(true);
    expect(rows[0].cancel_reason.toString('utf8')).not.toContain('Beller');
  });

  it('refuses a cancel reason that names a person (the pseudonymisation check)', async () => {
    const appointment = await book(client, header.id, { startsAt: '2027-08-03T09:00:00Z' });
    const response = await client.post(`/api/appointments/${appointment.id}/status`, {
      version: 1,
      status: 'cancelled',
      reason: 'Bel terug op 06-12345678',
    });
    expectProblem(response, 422, 'identifiers_found');
    const { rows } = await test.db.query('SELECT status FROM appointment WHERE id = $1', [appointment.id]);
    expect(rows[0].status).toBe('planned');
  });

  it('refuses a no-show before the start, a stale version, and a second status change (409)', async () => {
    const appointment = await book(client, header.id, { startsAt: '2027-08-04T08:00:00Z' });
    const early = await client.post(`/api/appointments/${appointment.id}/status`, { version: 1, status: 'no_show' });
    expectProblem(early, 422, 'unprocessable');
    expect(errorFields(early)).toEqual(['status']);
    const stale = await client.post(`/api/appointments/${appointment.id}/status`, { version: 7, status: 'cancelled', reason: 'Dubbel' });
    expectProblem(stale, 409, 'conflict');
    expect(stale.body).toMatchObject({ currentVersion: 1 });
    await client.post(`/api/appointments/${appointment.id}/status`, { version: 1, status: 'cancelled', reason: 'Dubbel' });
    const again = await client.post(`/api/appointments/${appointment.id}/status`, { version: 2, status: 'done', contactId });
    expectProblem(again, 409, 'conflict');
    expect(again.body).toMatchObject({ currentStatus: 'cancelled' });
  });

  it('records a no-show of an appointment whose time has passed, and lists planned past ones as overdue', async () => {
    const { rows } = await test.db.query(
      `INSERT INTO appointment (case_id, counsellor_id, starts_at, ends_at, duration_minutes, channel, purpose, created_by, updated_by)
       VALUES ($1, $2, now() - interval '2 days', now() - interval '2 days' + interval '30 minutes', 30, 'phone', 'follow_up', $2, $2),
              ($1, $2, now() - interval '1 day', now() - interval '1 day' + interval '30 minutes', 30, 'chat', 'debrief', $2, $2)
       RETURNING id`,
      [header.id, staff.id],
    );
    const [older, newer] = rows.map((row: { id: string }) => row.id);
    const overdue = await client.get<AppointmentView[]>('/api/appointments/overdue');
    expect(overdue.body.map((appointment) => appointment.id)).toEqual([older, newer]);
    const noShow = await client.post<AppointmentView>(`/api/appointments/${older}/status`, { version: 1, status: 'no_show' });
    expect(noShow.body.status).toBe('no_show');
    const after = await client.get<AppointmentView[]>('/api/appointments/overdue');
    expect(after.body.map((appointment) => appointment.id)).toEqual([newer]);

    const colleague = await test.signIn('counsellor');
    expect((await colleague.client.get<AppointmentView[]>('/api/appointments/overdue')).body).toEqual([]);
    expectProblem(await colleague.client.get(`/api/appointments/overdue?counsellorId=${staff.id}`), 403, 'forbidden');
    const supervisor = await test.signIn('supervisor');
    const team = await supervisor.client.get<AppointmentView[]>(`/api/appointments/overdue?counsellorId=${staff.id}`);
    expect(team.body.map((appointment) => appointment.id)).toEqual([newer]);
  });

  describe('rescheduling', () => {
    it('creates the new appointment linked to the old, which becomes rescheduled, in one go', async () => {
      const old = await book(client, header.id, { startsAt: '2027-08-09T08:00:00Z', purpose: 'safety_plan_evaluation' });
      const response = await client.post<RescheduleResult>(`/api/appointments/${old.id}/reschedule`, {
        version: old.version,
        localStart: '2027-08-09T10:15',
        durationMinutes: 45,
      });
      expect(response.status).toBe(201);
      const { appointment, previous } = response.body;
      expect(appointment).toMatchObject({
        status: 'planned',
        startsAt: '2027-08-09T08:15:00.000Z',
        durationMinutes: 45,
        purpose: 'safety_plan_evaluation',
        rescheduledFromId: old.id,
      });
      expect(previous).toMatchObject({ id: old.id, status: 'rescheduled', rescheduledToId: appointment.id, version: 2 });
      const actions = (await auditOf(test.db, staff.id)).filter((row) => [old.id, appointment.id].includes(row.entity_id as string));
      expect(actions.map((row) => row.action)).toEqual(['appointment.create', 'appointment.reschedule', 'appointment.create']);
    });

    it('may move an appointment onto a time overlapping its own old slot', async () => {
      const old = await book(client, header.id, { startsAt: '2027-08-10T08:00:00Z' });
      const response = await client.post<RescheduleResult>(`/api/appointments/${old.id}/reschedule`, {
        version: 1,
        startsAt: '2027-08-10T08:15:00Z',
      });
      expect(response.status).toBe(201);
    });

    it('refuses a move onto another planned appointment with 409 naming its time, and leaves the old one planned', async () => {
      const blocker = await book(client, header.id, { startsAt: '2027-08-11T08:00:00Z' });
      const old = await book(client, header.id, { startsAt: '2027-08-11T10:00:00Z' });
      const before = await appointmentCount(test.db, header.id);
      const response = await client.post(`/api/appointments/${old.id}/reschedule`, {
        version: 1,
        startsAt: '2027-08-11T08:20:00Z',
      });
      expectProblem(response, 409, 'conflict');
      expect((response.body as { conflictingAppointment: ConflictingAppointment }).conflictingAppointment).toEqual({
        startsAt: blocker.startsAt,
        endsAt: blocker.endsAt,
      });
      expect(await appointmentCount(test.db, header.id)).toBe(before);
      const { rows } = await test.db.query('SELECT status, version FROM appointment WHERE id = $1', [old.id]);
      expect(rows[0]).toEqual({ status: 'planned', version: 1 });
    });

    it('refuses to reschedule into the past or from a stale version, writing nothing', async () => {
      const old = await book(client, header.id, { startsAt: '2027-08-12T08:00:00Z' });
      const before = await appointmentCount(test.db, header.id);
      const past = await client.post(`/api/appointments/${old.id}/reschedule`, { version: 1, startsAt: '2026-01-01T08:00:00Z' });
      expectProblem(past, 422);
      expect(errorFields(past)).toEqual(['startsAt']);
      const stale = await client.post(`/api/appointments/${old.id}/reschedule`, { version: 3, startsAt: '2027-08-12T09:00:00Z' });
      expectProblem(stale, 409, 'conflict');
      expect(await appointmentCount(test.db, header.id)).toBe(before);
    });
  });
});
