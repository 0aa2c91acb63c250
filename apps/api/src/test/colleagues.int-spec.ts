import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('GET /api/colleagues', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  it('lists active counsellors by id and name only, for counsellors and supervisors', async () => {
    const active = await test.createStaff('counsellor');
    const inactive = await test.createStaff('counsellor');
    await test.db.query(`UPDATE staff SET active = false WHERE id = $1`, [inactive.id]);
    const supervisor = await test.createStaff('supervisor');
    const { client } = await test.signIn('counsellor');
    const response = await client.get<{ id: string; displayName: string }[]>('/api/colleagues');
    expect(response.status).toBe(200);
    const ids = response.body.map((c) => c.id);
    expect(ids).toContain(active.id);
    expect(ids).not.toContain(inactive.id);
    expect(ids).not.toContain(supervisor.id);
    expect(Object.keys(response.body[0]).sort()).toEqual(['displayName', 'id']);
  });

  it('is not for admins', async () => {
    const { client } = await test.signIn('admin');
    expectProblem(await client.get('/api/colleagues'), 403, 'forbidden');
  });
});
