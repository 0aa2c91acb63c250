import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('PATCH /api/staff/:id with nothing to change', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  it.each([
    ['an empty object', {}],
    ['JSON null', 'null'],
  ])('refuses %s with 400 naming the body, and writes no audit row', async (_, body) => {
    const { client } = await test.signIn('admin');
    const target = await test.createStaff('counsellor');
    const response = await client.patch(`/api/staff/${target.id}`, body);
    expectProblem(response, 400, 'validation_failed');
    expect((response.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['body']);
    const { rows } = await test.db.query(`SELECT 1 FROM audit_event WHERE action = 'staff.update' AND entity_id = $1`, [target.id]);
    expect(rows).toHaveLength(0);
  });
});
