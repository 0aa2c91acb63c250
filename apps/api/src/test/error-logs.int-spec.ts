import { Writable } from 'node:stream';
import pino from 'pino';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';

/** Marked request content: it must reach neither the logs nor the answer. */
const MARK = `Geheim-${Math.random().toString(36).slice(2, 10)}`;

describe('errors are logged without what the request held', () => {
  const lines: string[] = [];
  let test: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    test = await startTestApp({}, { logger: pino({ level: 'info' }, stream) });
    ({ client: admin } = await test.signIn('admin'));
    // A database error that quotes the value it was given, in its message, detail and hint — as
    // constraint violations ("Failing row contains …") and casts ("invalid input syntax …") do.
    // Only for marked names, so the other specs sharing this database never meet it.
    await test.db.query(`
      CREATE FUNCTION test_refuse_marked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.display_name LIKE 'Geheim-%' THEN
          RAISE EXCEPTION 'refused name %', NEW.display_name
            USING DETAIL = 'Failing row contains (' || NEW.display_name || ')', HINT = NEW.display_name;
        END IF;
        RETURN NEW;
      END $$`);
    await test.db.query(
      `CREATE TRIGGER staff_refuse_marked BEFORE INSERT OR UPDATE ON staff FOR EACH ROW EXECUTE FUNCTION test_refuse_marked()`,
    );
  });
  afterAll(async () => {
    await test.db.query(`DROP TRIGGER staff_refuse_marked ON staff`);
    await test.db.query(`DROP FUNCTION test_refuse_marked()`);
    await test.close();
  });

  it('logs a failed insert by route, error class, SQLSTATE and stack frames, never the value', async () => {
    lines.length = 0;
    const response = await admin.post('/api/staff', {
      username: `marked-${Date.now()}`,
      displayName: MARK,
      role: 'counsellor',
      password: 'a long enough passphrase 77',
    });
    expectProblem(response, 500);
    expect(JSON.stringify(response.body)).not.toContain(MARK);

    const failure = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry['msg'] === 'request failed');
    expect(failure).toMatchObject({
      route: '/api/staff',
      error: 'QueryFailedError',
      code: 'P0001',
      stack: expect.stringMatching(/^\s+at /),
    });
    expect(lines.join('')).not.toContain(MARK);
  });

  it('logs a failed update the same way', async () => {
    lines.length = 0;
    const target = await test.createStaff('counsellor');
    expectProblem(await admin.patch(`/api/staff/${target.id}`, { displayName: MARK }), 500);
    expect(lines.join('')).toContain('request failed');
    expect(lines.join('')).not.toContain(MARK);
  });
});
