import type { PeerGroupSummary, PeerGroupView } from '@leidraad/shared/domain';
import { errorCodes, errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { auditOf } from './cases-helpers';

/** Five weekly meetings from 1 March 2027, 19:00 Dutch time, with five of the guide's themes. */
const MEETINGS = [
  { startsAt: '2027-03-01T19:00:00+01:00', themeId: 'how-it-comes-about' },
  { startsAt: '2027-03-08T19:00:00+01:00', themeId: 'functions-of-viewing-images' },
  { startsAt: '2027-03-15T19:00:00+01:00', themeId: 'risk-signals' },
  { startsAt: '2027-03-22T19:00:00+01:00', themeId: 'impact-on-you' },
  { startsAt: '2027-03-29T19:00:00+02:00', themeId: 'safety-plan-and-goals' },
];
const GROUP = { name: 'Voorjaar 2027 — eerste reeks', location: 'de Waag, zaal 2', capacity: 8, meetings: MEETINGS };

describe('peer support groups', () => {
  let test: TestApp;
  let supervisor: TestClient;
  let supervisorStaff: TestStaff;
  let counsellor: TestClient;
  beforeAll(async () => {
    test = await startTestApp();
    ({ client: supervisor, staff: supervisorStaff } = await test.signIn('supervisor'));
    ({ client: counsellor } = await test.signIn('counsellor'));
  });
  afterAll(() => test.close());

  const groupCount = async (): Promise<number> => {
    const { rows } = await test.db.query(`SELECT count(*)::int AS n FROM peer_group WHERE created_by = $1`, [supervisorStaff.id]);
    return rows[0].n;
  };

  it('lets a supervisor plan a group with five meetings and the guide’s themes; name and location are encrypted at rest', async () => {
    const created = await supervisor.post<PeerGroupView>('/api/peer-groups', GROUP);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: GROUP.name,
      location: GROUP.location,
      capacity: 8,
      enrolledCount: 0,
      seatsLeft: 8,
      status: 'planned',
      version: 1,
      enrolments: [],
    });
    expect(created.body.meetings).toEqual(
      MEETINGS.map((meeting, index) => ({
        number: index + 1,
        startsAt: new Date(meeting.startsAt).toISOString(),
        themeId: meeting.themeId,
      })),
    );
    const { rows } = await test.db.query(`SELECT name, location FROM peer_group WHERE id = $1`, [created.body.id]);
    expect(Buffer.isBuffer(rows[0].name)).toBe(true);
    expect(rows[0].name.toString('utf8')).not.toContain('Voorjaar');
    expect(rows[0].location.toString('utf8')).not.toContain('Waag');
    const audit = await auditOf(test.db, supervisorStaff.id, 'peer_group.create');
    expect(audit.map((row) => [row.entity_id, row.outcome])).toEqual([[created.body.id, 'success']]);

    const listed = await counsellor.get<PeerGroupSummary[]>('/api/peer-groups');
    expect(listed.status).toBe(200);
    expect(listed.body.find((group) => group.id === created.body.id)).toMatchObject({ name: GROUP.name, seatsLeft: 8 });
    const read = await counsellor.get<PeerGroupView>(`/api/peer-groups/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.meetings).toHaveLength(5);
  });

  it('refuses a counsellor who tries to create or change a group (403), writing nothing', async () => {
    const before = await groupCount();
    expectProblem(await counsellor.post('/api/peer-groups', GROUP), 403);
    const created = await supervisor.post<PeerGroupView>('/api/peer-groups', GROUP);
    expectProblem(await counsellor.put(`/api/peer-groups/${created.body.id}`, { ...GROUP, status: 'running', version: 1 }), 403);
    expect(await groupCount()).toBe(before + 1);
  });

  it.each([
    ['capacity 0', { ...GROUP, capacity: 0 }, 'capacity', 'min'],
    ['capacity 21', { ...GROUP, capacity: 21 }, 'capacity', 'max'],
    ['four meetings', { ...GROUP, meetings: MEETINGS.slice(0, 4) }, 'meetings', 'arrayMinSize'],
    ['six meetings', { ...GROUP, meetings: [...MEETINGS, MEETINGS[0]] }, 'meetings', 'arrayMaxSize'],
    [
      'an unknown theme',
      { ...GROUP, meetings: [{ ...MEETINGS[0], themeId: 'knitting' }, ...MEETINGS.slice(1)] },
      'meetings.0.themeId',
      'isIn',
    ],
    [
      'a time without offset',
      { ...GROUP, meetings: [{ ...MEETINGS[0], startsAt: '2027-03-01T19:00' }, ...MEETINGS.slice(1)] },
      'meetings.0.startsAt',
      'matches',
    ],
    ['a blank name', { ...GROUP, name: '   ' }, 'name', 'matches'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_, body, field, code) => {
    const before = await groupCount();
    const response = await supervisor.post('/api/peer-groups', body);
    expectProblem(response, 400, 'validation_failed');
    expect(errorFields(response)).toContain(field);
    expect(errorCodes(response)).toContain(code);
    expect(await groupCount()).toBe(before);
  });

  it('refuses meetings out of order with 422 naming the meeting, and writes nothing', async () => {
    const before = await groupCount();
    const swapped = [MEETINGS[0], MEETINGS[2], MEETINGS[1], MEETINGS[3], MEETINGS[4]];
    const response = await supervisor.post('/api/peer-groups', { ...GROUP, meetings: swapped });
    expectProblem(response, 422, 'unprocessable');
    expect(errorFields(response)).toEqual(['meetings[2].startsAt']);
    expect(await groupCount()).toBe(before);
  });

  it('refuses a phone number in the name (422 identifiers_found on name), and writes nothing', async () => {
    const before = await groupCount();
    const response = await supervisor.post('/api/peer-groups', { ...GROUP, name: 'Reeks 06-12345678' });
    expectProblem(response, 422, 'identifiers_found');
    expect(errorFields(response)).toEqual(['name']);
    expect(await groupCount()).toBe(before);
  });

  it('changes a group with optimistic locking: a stale version is 409 with currentVersion', async () => {
    const created = await supervisor.post<PeerGroupView>('/api/peer-groups', GROUP);
    const changed = await supervisor.put<PeerGroupView>(`/api/peer-groups/${created.body.id}`, {
      ...GROUP,
      capacity: 10,
      status: 'running',
      meetings: MEETINGS.map((meeting, index) => (index === 4 ? { ...meeting, themeId: 'sexuality-and-intimacy' } : meeting)),
      version: 1,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ capacity: 10, status: 'running', version: 2 });
    expect(changed.body.meetings[4].themeId).toBe('sexuality-and-intimacy');
    const stale = await supervisor.put(`/api/peer-groups/${created.body.id}`, { ...GROUP, status: 'finished', version: 1 });
    expectProblem(stale, 409, 'conflict');
    expect(stale.body).toMatchObject({ currentVersion: 2 });
    const read = await supervisor.get<PeerGroupView>(`/api/peer-groups/${created.body.id}`);
    expect(read.body).toMatchObject({ status: 'running', capacity: 10, version: 2 });
    const audit = await auditOf(test.db, supervisorStaff.id, 'peer_group.update');
    expect(audit.filter((row) => row.entity_id === created.body.id).map((row) => row.outcome)).toEqual(['success', 'failure']);
  });

  it('answers 404 problem details for an unknown group and 400 for a malformed id', async () => {
    expectProblem(await counsellor.get('/api/peer-groups/3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f'), 404, 'not_found');
    const malformed = await counsellor.get('/api/peer-groups/not-a-uuid');
    expectProblem(malformed, 400, 'validation_failed');
    expect(errorFields(malformed)).toEqual(['groupId']);
  });

  it('is closed to admins and to anyone not signed in', async () => {
    const { client: admin } = await test.signIn('admin');
    expectProblem(await admin.get('/api/peer-groups'), 403);
    expectProblem(await admin.get('/api/peer-groups/waiting-list'), 403);
    expectProblem(await test.client().get('/api/peer-groups'), 401);
  });
});
