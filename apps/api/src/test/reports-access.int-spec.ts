import { errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import { download } from './reports-helpers';

describe('reports: access and validation', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  it.each(['counsellor', 'admin'] as const)('refuses a %s with 403, audited, and writes no report.download', async (role) => {
    const { client, staff } = await test.signIn(role);
    const response = await client.get('/api/reports/month.csv?year=2026&month=11');
    expectProblem(response, 403);
    const { rows } = await test.db.query(
      `SELECT action, outcome FROM audit_event WHERE staff_id = $1 AND action LIKE ANY (ARRAY['access.denied', 'report.%'])`,
      [staff.id],
    );
    expect(rows).toEqual([{ action: 'access.denied', outcome: 'denied' }]);
  });

  it('refuses someone not signed in with 401', async () => {
    expectProblem(await test.client().get('/api/reports/year.csv?year=2026'), 401);
  });

  it('answers 404 for a report that does not exist', async () => {
    const { client } = await test.signIn('supervisor');
    expectProblem(await client.get('/api/reports/week.csv?year=2026'), 404);
    expectProblem(await client.get('/api/reports/month.pdf?year=2026&month=1'), 404);
  });

  it('names the field of a bad period, and writes no audit row for it', async () => {
    const { client, staff } = await test.signIn('supervisor');
    const noMonth = await client.get('/api/reports/month.csv?year=2026');
    expectProblem(noMonth, 400);
    expect(errorFields(noMonth)).toEqual(['month']);
    const badMonth = await client.get('/api/reports/month.csv?year=2026&month=13');
    expectProblem(badMonth, 400);
    expect(errorFields(badMonth)).toEqual(['month']);
    const badYear = await client.get('/api/reports/year.csv?year=twenty');
    expectProblem(badYear, 400);
    expect(errorFields(badYear)).toContain('year');
    const badLang = await client.get('/api/reports/year.csv?year=2026&lang=de');
    expectProblem(badLang, 400);
    expect(errorFields(badLang)).toEqual(['lang']);
    const { rows } = await test.db.query(`SELECT 1 FROM audit_event WHERE staff_id = $1 AND action = 'report.download'`, [staff.id]);
    expect(rows).toHaveLength(0);
  });

  it('lets a supervisor download a month without contacts: zeros, never an error', async () => {
    const { client } = await test.signIn('supervisor');
    const response = await download(test, client, '/api/reports/month.csv?year=2001&month=2');
    expect(response.status).toBe(200);
    expect(response.body.toString('utf8')).toContain('Contacten per kanaal;Totaal;0');
  });
});
