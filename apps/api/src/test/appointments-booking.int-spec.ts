import type { AppointmentView, CaseHeader, ConflictingAppointment } from '@leidraad/shared/domain';
import { errorCodes, errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { appointmentCount, book, FOLLOW_UP, intoOtherHelpline, SUMMER_MONDAY_0900, WINTER_MONDAY_0900 } from './appointments-helpers';
import { auditOf, createCase } from './cases-helpers';

describe('booking follow-up appointments', () => {
  let test: TestApp;
  let client: TestClient;
  let staff: TestStaff;
  let header: CaseHeader;
  beforeAll(async () => {
    test = await startTestApp();
    ({ client, staff } = await test.signIn('counsellor'));
    header = await createCase(client);
  });
  afterAll(() => test.close());

  describe('double bookings, refused by PostgreSQL', () => {
    it("lets exactly one of two racing overlapping bookings win; the other gets 409 naming the winner's time", async () => {
      const other = await createCase(client);
      for (const [index, hour] of ['09', '11', '13'].entries()) {
        const day = `2027-06-0${7 + index}`; // Monday to Wednesday, summer time
        const [first, second] = await Promise.all([
          client.post<AppointmentView>(`/api/cases/${header.id}/appointments`, {
            ...FOLLOW_UP,
            localStart: `${day}T${hour}:00`,
          }),
          client.post<AppointmentView>(`/api/cases/${other.id}/appointments`, {
            ...FOLLOW_UP,
            durationMinutes: 45,
            localStart: `${day}T${hour}:15`,
          }),
        ]);
        const statuses = [first.status, second.status].sort();
        expect(statuses).toEqual([201, 409]);
        const [won, lost] = first.status === 201 ? [first, second] : [second, first];
        expectProblem(lost, 409, 'conflict');
        const winner = won.body as AppointmentView;
        expect((lost.body as unknown as { conflictingAppointment: ConflictingAppointment }).conflictingAppointment).toEqual({
          startsAt: winner.startsAt,
          endsAt: winner.endsAt,
        });
      }
      const { rows } = await test.db.query(
        `SELECT count(*)::int AS n FROM appointment WHERE counsellor_id = $1 AND starts_at::date BETWEEN '2027-06-07' AND '2027-06-09'`,
        [staff.id],
      );
      expect(rows[0].n).toBe(3);
      const refusals = (await auditOf(test.db, staff.id, 'appointment.create')).filter((row) => row.outcome === 'failure');
      expect(refusals).toHaveLength(3);
      expect(refusals[0].reason).toMatch(/^double booking: overlaps appointment [0-9a-f-]{36}$/);
    });

    it("names only the time of a colleague's appointment in the way, never its case code or id", async () => {
      const colleague = await test.signIn('counsellor');
      const theirCase = await createCase(colleague.client);
      const theirs = await book(colleague.client, theirCase.id, { startsAt: '2027-06-16T07:00:00Z' });
      const clash = await client.post(`/api/cases/${header.id}/appointments`, {
        ...FOLLOW_UP,
        startsAt: '2027-06-16T07:15:00Z',
        counsellorId: colleague.staff.id,
      });
      expectProblem(clash, 409, 'conflict');
      expect((clash.body as unknown as { conflictingAppointment: ConflictingAppointment }).conflictingAppointment).toEqual({
        startsAt: '2027-06-16T07:00:00.000Z',
        endsAt: '2027-06-16T07:30:00.000Z',
      });
      const answer = JSON.stringify(clash.body);
      expect(answer).not.toContain(theirCase.code);
      expect(answer).not.toContain(theirCase.code.replace(/-/g, ''));
      expect(answer).not.toContain(theirs.id);
      expect(answer).not.toContain(theirCase.id);
    });

    it('allows back-to-back appointments and overlaps with another counsellor', async () => {
      const colleague = await test.createStaff('counsellor');
      const first = await book(client, header.id, { startsAt: '2027-06-14T07:00:00Z' });
      const next = await book(client, header.id, { startsAt: first.endsAt });
      expect(next.startsAt).toBe('2027-06-14T07:30:00.000Z');
      const theirs = await book(client, header.id, { startsAt: '2027-06-14T07:00:00Z', counsellorId: colleague.id });
      expect(theirs.counsellor.id).toBe(colleague.id);
    });

    it('frees the time again once the appointment is cancelled', async () => {
      const first = await book(client, header.id, { startsAt: '2027-06-15T07:00:00Z' });
      const clash = await client.post(`/api/cases/${header.id}/appointments`, { ...FOLLOW_UP, startsAt: '2027-06-15T07:10:00Z' });
      expectProblem(clash, 409, 'conflict');
      const cancelled = await client.post(`/api/appointments/${first.id}/status`, {
        version: first.version,
        status: 'cancelled',
        reason: 'De beller belde af',
      });
      expect(cancelled.status).toBe(200);
      await book(client, header.id, { startsAt: '2027-06-15T07:10:00Z' });
    });
  });

  describe('Dutch time across the clock changes (last Sundays of March and October 2027)', () => {
    it('stores 09:00 local on the Monday after the spring change as 07:00Z and after the autumn change as 08:00Z', async () => {
      const summer = await book(client, header.id, { localStart: '2027-03-29T09:00' });
      expect(summer.startsAt).toBe(SUMMER_MONDAY_0900);
      expect(summer.endsAt).toBe('2027-03-29T07:30:00.000Z');
      const winter = await book(client, header.id, { localStart: '2027-11-01T09:00' });
      expect(winter.startsAt).toBe(WINTER_MONDAY_0900);
      const { rows } = await test.db.query(
        `SELECT to_char(starts_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS local FROM appointment WHERE id = ANY($1)`,
        [[summer.id, winter.id]],
      );
      expect(rows.map((row: { local: string }) => row.local)).toEqual(['09:00', '09:00']);
    });

    it('refuses 02:30 on 28 March 2027, which does not exist, with 422 naming localStart and writes nothing', async () => {
      const before = await appointmentCount(test.db, header.id);
      const response = await client.post(`/api/cases/${header.id}/appointments`, {
        ...FOLLOW_UP,
        localStart: '2027-03-28T02:30',
        allowOutsideHours: true,
      });
      expectProblem(response, 422, 'unprocessable');
      expect(errorFields(response)).toEqual(['localStart']);
      expect(errorCodes(response)).toEqual(['nonexistent_local_time']);
      expect(await appointmentCount(test.db, header.id)).toBe(before);
    });

    it('reads 02:30 on 31 October 2027, which happens twice, as the first (summer-time) one', async () => {
      const response = await client.post<AppointmentView>(`/api/cases/${header.id}/appointments`, {
        ...FOLLOW_UP,
        localStart: '2027-10-31T02:30',
        allowOutsideHours: true,
      });
      expect(response.status).toBe(201);
      expect(response.body.startsAt).toBe('2027-10-31T00:30:00.000Z');
      expect(response.body.outsideHours).toBe(true);
    });
  });

  describe('bad input: a problem naming the field, and nothing written', () => {
    const cases: [string, Record<string, unknown>, number, string, string][] = [
      ['in the past', { startsAt: '2026-01-05T08:00:00Z' }, 422, 'startsAt', 'in_the_past'],
      ['in the past, as local time', { localStart: '2026-01-05T09:00' }, 422, 'localStart', 'in_the_past'],
      ['of 0 minutes', { startsAt: '2027-06-21T08:00:00Z', durationMinutes: 0 }, 400, 'durationMinutes', 'min'],
      ['of more than 4 hours', { startsAt: '2027-06-21T08:00:00Z', durationMinutes: 241 }, 400, 'durationMinutes', 'max'],
      ['outside working hours, unconfirmed', { startsAt: '2027-06-21T17:00:00Z' }, 422, 'startsAt', 'outside_working_hours'],
      ['on a Sunday, unconfirmed', { localStart: '2027-06-20T10:00' }, 422, 'localStart', 'outside_working_hours'],
      [
        'with both startsAt and localStart',
        { startsAt: '2027-06-21T08:00:00Z', localStart: '2027-06-21T10:00' },
        400,
        'localStart',
        'exclusive',
      ],
      ['without a start', {}, 400, 'startsAt', 'required'],
      ['with an unknown purpose', { startsAt: '2027-06-21T08:00:00Z', purpose: 'coffee' }, 400, 'purpose', 'isIn'],
    ];
    it.each(cases)('refuses an appointment %s', async (_, body, status, field, code) => {
      const before = await appointmentCount(test.db, header.id);
      const response = await client.post(`/api/cases/${header.id}/appointments`, { ...FOLLOW_UP, ...body });
      expectProblem(response, status);
      expect(errorFields(response)).toContain(field);
      expect(errorCodes(response)).toContain(code);
      expect(await appointmentCount(test.db, header.id)).toBe(before);
    });

    it('books outside working hours when the request confirms it, and says so', async () => {
      const response = await client.post<AppointmentView>(`/api/cases/${header.id}/appointments`, {
        ...FOLLOW_UP,
        startsAt: '2027-06-21T17:00:00Z',
        allowOutsideHours: true,
      });
      expect(response.status).toBe(201);
      expect(response.body.outsideHours).toBe(true);
    });

    it('refuses a counsellor who cannot hold appointments (an admin)', async () => {
      const admin = await test.createStaff('admin');
      const response = await client.post(`/api/cases/${header.id}/appointments`, {
        ...FOLLOW_UP,
        startsAt: '2027-06-22T08:00:00Z',
        counsellorId: admin.id,
      });
      expectProblem(response, 422, 'unprocessable');
      expect(errorFields(response)).toEqual(['counsellorId']);
    });

    it('refuses a counsellor of another helpline like one who cannot hold appointments', async () => {
      const elsewhere = await test.createStaff('counsellor');
      await intoOtherHelpline(test.db, elsewhere.id);
      const response = await client.post(`/api/cases/${header.id}/appointments`, {
        ...FOLLOW_UP,
        startsAt: '2027-06-22T08:00:00Z',
        counsellorId: elsewhere.id,
      });
      expectProblem(response, 422, 'unprocessable');
      expect(errorFields(response)).toEqual(['counsellorId']);
    });
  });

  describe('access', () => {
    let bob: { client: TestClient; staff: TestStaff };
    let bobsCase: CaseHeader;
    let bobsAppointment: AppointmentView;
    beforeAll(async () => {
      bob = await test.signIn('counsellor');
      bobsCase = await createCase(bob.client);
      bobsAppointment = await book(bob.client, bobsCase.id, { startsAt: '2027-07-05T08:00:00Z' });
    });

    it('hides a colleague’s case appointments: 404 as for the case itself, audited as denied', async () => {
      const list = await client.get(`/api/cases/${bobsCase.id}/appointments`);
      expectProblem(list, 404, 'not_found');
      const create = await client.post(`/api/cases/${bobsCase.id}/appointments`, { ...FOLLOW_UP, startsAt: '2027-07-05T09:00:00Z' });
      expectProblem(create, 404, 'not_found');
      const one = await client.get(`/api/appointments/${bobsAppointment.id}`);
      expectProblem(one, 404, 'not_found');
      const cancel = await client.post(`/api/appointments/${bobsAppointment.id}/status`, {
        version: 1,
        status: 'cancelled',
        reason: 'Niet van mij',
      });
      expectProblem(cancel, 404, 'not_found');
      const agenda = await client.get<AppointmentView[]>(
        `/api/appointments?from=2027-07-05T00:00:00Z&to=2027-07-06T00:00:00Z&counsellorId=${bob.staff.id}`,
      );
      expect(agenda.status).toBe(200);
      expect(agenda.body).toEqual([]);
      expect(await auditOf(test.db, staff.id, 'appointment.list')).toContainEqual(
        expect.objectContaining({ outcome: 'denied', entity_id: bobsCase.id }),
      );
      expect(await appointmentCount(test.db, bobsCase.id)).toBe(1);
    });

    it('shows a counsellor the appointments a colleague planned for them, even on a case they cannot open', async () => {
      const forAlice = await book(bob.client, bobsCase.id, { startsAt: '2027-07-06T08:00:00Z', counsellorId: staff.id });
      const agenda = await client.get<AppointmentView[]>('/api/appointments?from=2027-07-06T00:00:00Z&to=2027-07-07T00:00:00Z');
      expect(agenda.body.map((appointment) => appointment.id)).toEqual([forAlice.id]);
      expect((await client.get(`/api/appointments/${forAlice.id}`)).status).toBe(200);
      expectProblem(await client.get(`/api/cases/${bobsCase.id}/appointments`), 404);
    });

    it('shows a supervisor everyone’s appointments; refuses admins', async () => {
      const supervisor = await test.signIn('supervisor');
      const agenda = await supervisor.client.get<AppointmentView[]>(
        `/api/appointments?from=2027-07-05T00:00:00Z&to=2027-07-06T00:00:00Z&counsellorId=${bob.staff.id}`,
      );
      expect(agenda.body.map((appointment) => appointment.id)).toEqual([bobsAppointment.id]);
      const admin = await test.signIn('admin');
      expectProblem(await admin.client.get('/api/appointments?from=2027-07-05T00:00:00Z&to=2027-07-06T00:00:00Z'), 403);
      expectProblem(await admin.client.get(`/api/cases/${bobsCase.id}/appointments`), 403);
    });

    it('refuses an agenda range that is reversed or too long, naming to', async () => {
      const reversed = await client.get('/api/appointments?from=2027-07-06T00:00:00Z&to=2027-07-05T00:00:00Z');
      expectProblem(reversed, 400, 'validation_failed');
      expect(errorFields(reversed)).toEqual(['to']);
      const long = await client.get('/api/appointments?from=2027-01-01T00:00:00Z&to=2027-06-01T00:00:00Z');
      expect(errorCodes(long)).toEqual(['range_too_long']);
    });
  });

  it('documents the routes and their DTOs in OpenAPI', async () => {
    const docs = await client.get<{
      paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    }>('/api/docs-json');
    expect(docs.status).toBe(200);
    for (const [path, method] of [
      ['/api/cases/{id}/appointments', 'post'],
      ['/api/cases/{id}/appointments', 'get'],
      ['/api/appointments', 'get'],
      ['/api/appointments/overdue', 'get'],
      ['/api/appointments/slots', 'get'],
      ['/api/appointments/{appointmentId}/status', 'post'],
      ['/api/appointments/{appointmentId}/reschedule', 'post'],
      ['/api/schedules/{staffId}', 'put'],
      ['/api/me/calendar-feed', 'post'],
      ['/api/me/calendar-feed', 'delete'],
      ['/api/calendar/{file}', 'get'],
    ]) {
      expect(docs.body.paths[path]?.[method]).toBeDefined();
    }
    expect(docs.body.paths['/api/cases/{id}/appointments'].post.responses).toHaveProperty('409');
    expect(Object.keys(docs.body.components.schemas['CreateAppointmentDto'].properties ?? {})).toEqual(
      expect.arrayContaining(['startsAt', 'localStart', 'allowOutsideHours', 'counsellorId', 'durationMinutes', 'channel', 'purpose']),
    );
  });

  it('audits the booking and the read in the same way as case data', async () => {
    const appointment = await book(client, header.id, { startsAt: '2027-07-12T08:00:00Z' });
    expect(await auditOf(test.db, staff.id, 'appointment.create')).toContainEqual({
      staff_id: staff.id,
      action: 'appointment.create',
      entity_type: 'appointment',
      entity_id: appointment.id,
      case_code: header.code,
      outcome: 'success',
      reason: 'access=assignee',
    });
    const list = await client.get<AppointmentView[]>(`/api/cases/${header.id}/appointments`);
    expect(list.body.map((item) => item.id)).toContain(appointment.id);
    expect(await auditOf(test.db, staff.id, 'appointment.list')).toContainEqual(
      expect.objectContaining({ entity_id: header.id, case_code: header.code, outcome: 'success' }),
    );
  });
});
