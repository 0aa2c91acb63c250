import { randomUUID } from 'node:crypto';
import { HelplineDatabase, rows, sql } from '@leidraad/api/core';
import { startTestApp, type TestApp } from '../testing/test-app';

const CURRENT_SQL = sql(`SELECT current_helpline() AS helpline, pg_backend_pid() AS pid`);

interface Current {
  helpline: string | null;
  pid: number;
}

/** docs/tenancy.md: a scope's statements name its helpline; nothing else names one. */
describe('HelplineScope (as the app role)', () => {
  let test: TestApp;
  let database: HelplineDatabase;
  const a = randomUUID();
  const b = randomUUID();

  beforeAll(async () => {
    test = await startTestApp();
    database = test.app.get(HelplineDatabase);
  });
  afterAll(() => test.close());

  it('runs a single statement with the scope’s helpline, and the next scope’s with its own', async () => {
    const [inA] = await rows<Current>(database.scope({ helplineId: a }), CURRENT_SQL);
    expect(inA.helpline).toBe(a);
    const [inB] = await rows<Current>(database.scope({ helplineId: b }), CURRENT_SQL);
    expect(inB.helpline).toBe(b);
    const [againA] = await rows<Current>(database.scope({ helplineId: a }), CURRENT_SQL);
    expect(againA.helpline).toBe(a);
  });

  it('names the helpline for every statement of many at once (connections switched between helplines)', async () => {
    const asked = Array.from({ length: 60 }, (_, index) => (index % 3 === 0 ? a : b));
    const answers = await Promise.all(asked.map((helplineId) => rows<Current>(database.scope({ helplineId }), CURRENT_SQL)));
    expect(answers.map(([row]) => row.helpline)).toEqual(asked);
  });

  it('leaves the app’s own pool without a helpline, also after scoped work', async () => {
    await rows(database.scope({ helplineId: a }), CURRENT_SQL);
    await database.scope({ helplineId: a }).transaction((manager) => rows(manager, CURRENT_SQL));
    const bare = await Promise.all(Array.from({ length: 10 }, () => rows<Current>(database.dataSource, CURRENT_SQL)));
    expect(bare.map(([row]) => row.helpline)).toEqual(Array(10).fill(null));
    const [inTransaction] = await database.dataSource.transaction((manager) => rows<Current>(manager, CURRENT_SQL));
    expect(inTransaction.helpline).toBeNull();
  });

  it('sets the helpline for the whole of a transaction, with or without an isolation level', async () => {
    const seen = await database.scope({ helplineId: b }).transaction(async (manager) => {
      const first = await rows<Current>(manager, CURRENT_SQL);
      const second = await rows<Current>(manager, CURRENT_SQL);
      return [first[0].helpline, second[0].helpline];
    });
    expect(seen).toEqual([b, b]);
    const serializable = await database
      .scope({ helplineId: a })
      .transaction('SERIALIZABLE', async (manager) => (await rows<Current>(manager, CURRENT_SQL))[0].helpline);
    expect(serializable).toBe(a);
  });

  it('lists the installation’s helplines as scopes, oldest first', async () => {
    const scopes = await database.helplines();
    const stored = await test.db.query<{ id: string }>(`SELECT id FROM helpline ORDER BY created_at, id`);
    expect(scopes.map((scope) => scope.helplineId)).toEqual(stored.rows.map((row) => row.id));
    expect(scopes.length).toBeGreaterThanOrEqual(1);
  });

  it('refuses to work without a helpline', () => {
    expect(() => database.scope({ helplineId: '' })).toThrow('no helpline to work in');
  });

  it('gives a staff member’s session the helpline they are a member of', async () => {
    const { client, staff } = await test.signIn('counsellor');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const membership = await test.db.query<{ helpline_id: string }>(`SELECT helpline_id FROM helpline_member WHERE staff_id = $1`, [
      staff.id,
    ]);
    const sessions = await test.db.query<{ helpline_id: string }>(`SELECT helpline_id FROM staff_session WHERE staff_id = $1`, [staff.id]);
    expect(membership.rows).toHaveLength(1);
    expect(sessions.rows.map((row) => row.helpline_id)).toEqual([membership.rows[0].helpline_id]);
  });

  it('ends a session whose staff member is no longer a member of its helpline', async () => {
    const { client, staff } = await test.signIn('counsellor');
    await test.db.query(`DELETE FROM helpline_member WHERE staff_id = $1`, [staff.id]);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });
});
