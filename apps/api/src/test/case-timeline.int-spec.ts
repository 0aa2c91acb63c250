import type { CaseDetail } from '@leidraad/shared/domain';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { book, SUMMER_MONDAY_0900 } from './appointments-helpers';
import { createCase } from './cases-helpers';

/**
 * Issue 17: the case timeline shows the case's appointments (at their time, with their status)
 * and the colleagues who opened it without being assigned, in time order with everything else.
 */
describe('case timeline: appointments and colleagues who opened the case', () => {
  let test: TestApp;
  let client: TestClient;
  let colleague: TestStaff;
  beforeAll(async () => {
    test = await startTestApp();
    ({ client } = await test.signIn('counsellor'));
    colleague = await test.createStaff('counsellor');
  });
  afterAll(() => test.close());

  it('lists a booked appointment and a colleague’s opening, newest first with the rest', async () => {
    const header = await createCase(client, { callerRole: 'parent', concern: 'unclear' });
    const appointment = await book(client, header.id, { startsAt: SUMMER_MONDAY_0900, allowOutsideHours: true });
    await test.db.query(
      `INSERT INTO case_access_grant (staff_id, case_id, granted_at, expires_at) VALUES ($1, $2, now() + interval '1 second', now() + interval '1 hour')`,
      [colleague.id, header.id],
    );
    const detail = (await client.get<CaseDetail>(`/api/cases/${header.id}`)).body;
    const kinds = detail.timeline.map((entry) => entry.kind);
    expect(kinds).toEqual(['appointment', 'colleague_access', 'case_created']);
    expect(detail.timeline[0]).toMatchObject({
      kind: 'appointment',
      at: appointment.startsAt,
      appointmentId: appointment.id,
      status: 'planned',
      purpose: 'follow_up',
      channel: 'phone',
    });
    expect(detail.timeline[1]).toMatchObject({ kind: 'colleague_access', by: { id: colleague.id } });
    const times = detail.timeline.map((entry) => Date.parse(entry.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
