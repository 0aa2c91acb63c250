import type { AppointmentSlot, AppointmentView, CounsellorSchedule } from '@leidraad/shared/domain';
import { errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { book, intoOtherHelpline, SUMMER_MONDAY_0900 } from './appointments-helpers';
import { auditOf, createCase } from './cases-helpers';

describe('working hours, absences and slot suggestions', () => {
  let test: TestApp;
  let client: TestClient;
  let staff: TestStaff;
  beforeAll(async () => {
    test = await startTestApp();
    ({ client, staff } = await test.signIn('counsellor'));
  });
  afterAll(() => test.close());

  const slots = async (query: string, as: TestClient = client): Promise<string[]> => {
    const response = await as.get<AppointmentSlot[]>(`/api/appointments/slots?${query}`);
    if (response.status !== 200) throw new Error(`slots: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.map((slot) => slot.startsAt);
  };

  it('starts from the default week, Monday to Friday 09:00–17:00', async () => {
    const response = await client.get<CounsellorSchedule>(`/api/schedules/${staff.id}`);
    expect(response.body).toMatchObject({ isDefault: true, absences: [] });
    expect(response.body.workingHours).toHaveLength(5);
    expect(response.body.workingHours[0]).toEqual({ weekday: 1, start: '09:00', end: '17:00' });
  });

  it('suggests slots right across the spring change: Friday 16:00 and 16:30 in winter time, then Monday 09:00 in summer time', async () => {
    const colleague = await test.createStaff('counsellor');
    // Friday 26 March 2027 16:00 Dutch time = 15:00Z; Monday 29 March 09:00 = 07:00Z.
    expect(await slots(`counsellorId=${colleague.id}&durationMinutes=30&count=3&from=2027-03-26T16:00:00%2B01:00`)).toEqual([
      '2027-03-26T15:00:00.000Z',
      '2027-03-26T15:30:00.000Z',
      SUMMER_MONDAY_0900,
    ]);
  });

  it('suggests slots right across the autumn change, Friday in summer time and Monday in winter time', async () => {
    const colleague = await test.createStaff('counsellor');
    expect(await slots(`counsellorId=${colleague.id}&durationMinutes=60&count=2&from=2027-10-29T16:00:00%2B02:00`)).toEqual([
      '2027-10-29T14:00:00.000Z',
      '2027-11-01T08:00:00.000Z',
    ]);
  });

  it('skips planned appointments and absences, and uses the counsellor’s own hours', async () => {
    const put = await client.put<CounsellorSchedule>(`/api/schedules/${staff.id}`, {
      workingHours: [
        { weekday: 2, start: '10:00', end: '12:00' },
        { weekday: 3, start: '13:00', end: '14:00' },
      ],
      absences: [{ from: '2027-09-08', to: '2027-09-08' }],
    });
    expect(put.status).toBe(200);
    expect(put.body.isDefault).toBe(false);
    const header = await createCase(client);
    await book(client, header.id, { localStart: '2027-09-07T10:30', durationMinutes: 30 });
    // Tue 7 Sept 10:00 free, 10:30 taken, 11:00, 11:30; Wed 8 Sept absent; Tue 14 Sept 10:00.
    expect(await slots('durationMinutes=30&count=4&from=2027-09-07T00:00:00Z')).toEqual([
      '2027-09-07T08:00:00.000Z',
      '2027-09-07T09:00:00.000Z',
      '2027-09-07T09:30:00.000Z',
      '2027-09-14T08:00:00.000Z',
    ]);
    expect(await slots('durationMinutes=45&count=1&from=2027-09-09T00:00:00Z')).toEqual(['2027-09-14T08:00:00.000Z']);
    // The absence also refuses a booking unless confirmed.
    const absent = await client.post(`/api/cases/${header.id}/appointments`, {
      localStart: '2027-09-08T13:00',
      durationMinutes: 30,
      channel: 'chat',
      purpose: 'debrief',
    });
    expectProblem(absent, 422, 'unprocessable');
    expect(absent.body).toMatchObject({ confirmationRequired: 'allowOutsideHours' });
  });

  it('never suggests a slot in the past', async () => {
    const [first] = await slots('durationMinutes=15&count=1&from=2020-01-01T00:00:00Z');
    expect(Date.parse(first)).toBeGreaterThan(Date.now());
  });

  it('refuses bad slot queries with the field named', async () => {
    for (const [query, field] of [
      ['durationMinutes=0', 'durationMinutes'],
      ['durationMinutes=241', 'durationMinutes'],
      ['count=51', 'count'],
      ['from=tomorrow', 'from'],
    ]) {
      const response = await client.get(`/api/appointments/slots?${query}`);
      expectProblem(response, 400, 'validation_failed');
      expect(errorFields(response)).toContain(field);
    }
  });

  describe('who may set working hours', () => {
    it('answers 404 for a counsellor of another helpline: no schedule, no slots, nothing changed', async () => {
      const elsewhere = await test.createStaff('counsellor');
      await intoOtherHelpline(test.db, elsewhere.id);
      const supervisor = await test.signIn('supervisor');
      const body = { workingHours: [{ weekday: 1, start: '08:00', end: '12:00' }], absences: [] };
      expectProblem(await supervisor.client.get(`/api/schedules/${elsewhere.id}`), 404, 'not_found');
      expectProblem(await supervisor.client.put(`/api/schedules/${elsewhere.id}`, body), 404, 'not_found');
      expectProblem(await supervisor.client.get(`/api/appointments/slots?counsellorId=${elsewhere.id}`), 404, 'not_found');
      const { rows } = await test.db.query('SELECT 1 FROM staff_schedule WHERE staff_id = $1', [elsewhere.id]);
      expect(rows).toEqual([]);
    });

    it('lets a counsellor set only their own (403 otherwise, audited); a supervisor anyone’s', async () => {
      const colleague = await test.createStaff('counsellor');
      const body = { workingHours: [{ weekday: 1, start: '08:00', end: '12:00' }], absences: [] };
      expectProblem(await client.put(`/api/schedules/${colleague.id}`, body), 403, 'forbidden');
      expectProblem(await client.get(`/api/schedules/${colleague.id}`), 403, 'forbidden');
      expect(await auditOf(test.db, staff.id, 'schedule.update')).toContainEqual(
        expect.objectContaining({ entity_id: colleague.id, outcome: 'denied' }),
      );
      const supervisor = await test.signIn('supervisor');
      const response = await supervisor.client.put<CounsellorSchedule>(`/api/schedules/${colleague.id}`, body);
      expect(response.body.workingHours).toEqual(body.workingHours);
      expect(await auditOf(test.db, supervisor.staff.id, 'schedule.update')).toEqual([
        expect.objectContaining({ entity_id: colleague.id, outcome: 'success' }),
      ]);
    });

    it('refuses overlapping periods, reversed absences and bad clock times, writing nothing', async () => {
      const response = await client.put(`/api/schedules/${staff.id}`, {
        workingHours: [
          { weekday: 1, start: '09:00', end: '12:00' },
          { weekday: 1, start: '11:00', end: '13:00' },
        ],
        absences: [{ from: '2027-05-02', to: '2027-05-01' }],
      });
      expectProblem(response, 400, 'validation_failed');
      expect(errorFields(response)).toEqual(['workingHours[1]', 'absences[0].to']);
      const badClock = await client.put(`/api/schedules/${staff.id}`, {
        workingHours: [{ weekday: 8, start: '9:00', end: '25:00' }],
        absences: [],
      });
      expect(errorFields(badClock).sort()).toEqual(['workingHours.0.end', 'workingHours.0.start', 'workingHours.0.weekday']);
      const stored = await client.get<CounsellorSchedule>(`/api/schedules/${staff.id}`);
      expect(stored.body.workingHours).toHaveLength(2);
    });
  });

  it('books a planned appointment only once per slot: the suggested slot disappears after booking', async () => {
    const colleague = await test.signIn('counsellor');
    const header = await createCase(colleague.client);
    const [first] = await slots('durationMinutes=30&count=1&from=2027-04-05T00:00:00Z', colleague.client);
    const booked: AppointmentView = await book(colleague.client, header.id, { startsAt: first });
    expect(booked.outsideHours).toBe(false);
    const [next] = await slots('durationMinutes=30&count=1&from=2027-04-05T00:00:00Z', colleague.client);
    expect(next).toBe(booked.endsAt);
  });
});
