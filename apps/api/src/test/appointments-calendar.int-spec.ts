import { createHash } from 'node:crypto';
import type { CalendarFeedCreated } from '@leidraad/shared/domain';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { book, parseEvents, unfoldIcs } from './appointments-helpers';
import { auditOf, createCase } from './cases-helpers';

describe('the iCalendar feed at a secret, revocable URL', () => {
  let test: TestApp;
  let client: TestClient;
  let staff: TestStaff;
  beforeAll(async () => {
    test = await startTestApp();
    ({ client, staff } = await test.signIn('counsellor'));
  });
  afterAll(() => test.close());

  const fetchFeed = (path: string) => fetch(`${test.baseUrl}${path}`);

  it('serves valid RFC 5545 with only time, channel, purpose and case code', async () => {
    const header = await createCase(client);
    const planned = await book(client, header.id, { localStart: '2027-03-29T09:00', purpose: 'safety_plan_evaluation', channel: 'chat' });
    const cancelled = await book(client, header.id, { localStart: '2027-03-29T11:00' });
    const secret = 'Beller twijfelt nog, geheim detail';
    await client.post(`/api/appointments/${cancelled.id}/status`, { version: 1, status: 'cancelled', reason: secret });
    const created = await client.post<CalendarFeedCreated>('/api/me/calendar-feed');
    expect(created.status).toBe(201);
    expect(created.body.path).toBe(`/api/calendar/${created.body.token}.ics`);

    const response = await fetchFeed(created.body.path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await response.text();
    // CRLF everywhere, and no physical line over 75 octets.
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const lines = unfoldIcs(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.at(-1)).toBe('END:VCALENDAR');

    const events = parseEvents(text);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect([...event.keys()].sort()).toEqual(['CATEGORIES', 'DTEND', 'DTSTAMP', 'DTSTART', 'SUMMARY', 'UID']);
    expect(event.get('UID')).toBe(`${planned.id}@leidraad`);
    expect(event.get('DTSTART')).toBe('20270329T070000Z');
    expect(event.get('DTEND')).toBe('20270329T073000Z');
    expect(event.get('DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
    expect(event.get('SUMMARY')).toBe(`Evaluatie veiligheidsplan (chat) ${header.code}`);
    expect(event.get('CATEGORIES')).toBe('safety_plan_evaluation,chat');
    expect(text).not.toContain('geheim');
    expect(text).not.toContain(staff.username);

    // The same appointment keeps the same UID on the next fetch.
    expect(parseEvents(await (await fetchFeed(created.body.path)).text())[0].get('UID')).toBe(`${planned.id}@leidraad`);
    expect(await auditOf(test.db, staff.id, 'calendar_feed.read')).toHaveLength(2);
  });

  it('lists the appointments of every helpline its owner works in, merged in time order, and audits the read in each', async () => {
    const { client: member, staff: owner } = await test.signIn('counsellor');
    const [first] = (await test.db.query(`SELECT helpline_id FROM staff_session WHERE staff_id = $1`, [owner.id])).rows;
    const later = await book(member, (await createCase(member)).id, { localStart: '2027-03-30T11:00' });
    // A second helpline the counsellor is also a member of; they switch to it to book there.
    const [second] = (await test.db.query(`INSERT INTO helpline (name) VALUES ($1) RETURNING id`, [`Tweede lijn ${owner.id.slice(0, 8)}`]))
      .rows;
    await test.db.query(`INSERT INTO helpline_member (helpline_id, staff_id, role) VALUES ($1, $2, 'counsellor')`, [second.id, owner.id]);
    const workIn = async (helplineId: string) => expect((await member.put('/api/auth/session/helpline', { helplineId })).status).toBe(200);
    await workIn(second.id);
    const earlier = await book(member, (await createCase(member)).id, { localStart: '2027-03-29T09:00' });
    const between = await book(member, (await createCase(member)).id, { localStart: '2027-03-29T15:00' });
    // Each helpline sees only its own appointments.
    const agenda = (await member.get<{ id: string }[]>('/api/appointments?from=2027-03-28T00:00:00Z&to=2027-04-01T00:00:00Z')).body;
    expect(agenda.map((appointment) => appointment.id)).toEqual([earlier.id, between.id]);
    await workIn(first.helpline_id);
    const created = await member.post<CalendarFeedCreated>('/api/me/calendar-feed');

    const events = parseEvents(await (await fetchFeed(created.body.path)).text());
    expect(events.map((event) => event.get('UID'))).toEqual([earlier.id, between.id, later.id].map((id) => `${id}@leidraad`));
    expect(await auditOf(test.db, owner.id, 'calendar_feed.read')).toEqual([
      expect.objectContaining({ outcome: 'success', reason: '1 appointments' }),
      expect.objectContaining({ outcome: 'success', reason: '2 appointments' }),
    ]);
  });

  it('stores only the SHA-256 of the token', async () => {
    const created = await client.post<CalendarFeedCreated>('/api/me/calendar-feed');
    const { rows } = await test.db.query('SELECT token_hash FROM calendar_feed WHERE staff_id = $1', [staff.id]);
    expect(rows[0].token_hash).toEqual(createHash('sha256').update(created.body.token).digest());
  });

  it('answers 404 for an unknown, malformed, rotated or revoked token', async () => {
    const first = await client.post<CalendarFeedCreated>('/api/me/calendar-feed');
    expect((await fetchFeed(first.body.path)).status).toBe(200);
    const second = await client.post<CalendarFeedCreated>('/api/me/calendar-feed');
    expect((await fetchFeed(first.body.path)).status).toBe(404);
    expect((await fetchFeed(second.body.path)).status).toBe(200);
    expect((await fetchFeed(`/api/calendar/${second.body.token}`)).status).toBe(404);
    expect((await fetchFeed('/api/calendar/not-a-token.ics')).status).toBe(404);

    const revoked = await client.delete('/api/me/calendar-feed');
    expect(revoked.status).toBe(204);
    const gone = await fetchFeed(second.body.path);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('content-type')).toContain('application/problem+json');
    expect(await auditOf(test.db, staff.id, 'calendar_feed.revoke')).toHaveLength(1);
  });

  it('is for signed-in counsellors and supervisors to create; admins and strangers are refused', async () => {
    expectProblem(await test.client().post('/api/me/calendar-feed'), 401);
    const admin = await test.signIn('admin');
    expectProblem(await admin.client.post('/api/me/calendar-feed'), 403);
  });
});
