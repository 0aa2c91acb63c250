import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrate, readSchemaSnapshot } from '@leidraad/api/database';
import { MIGRATIONS } from '@leidraad/migrations';
import { ownDatabase } from './own-database';

/** Checked in beside the migrations; rewritten by `npm run schema:check -- --update`. */
const SNAPSHOT = join(__dirname, '../../../../migrations/schema.snapshot.sql');
const HEADER = `-- The schema the migrations make, read back from PostgreSQL's catalogue (tables, columns,
-- constraints, indexes, triggers, policies, privileges, functions). Not run by anything: the
-- migrations are the schema. \`npm test\` and \`npm run schema:check\` fail when they make something
-- else; after changing the schema on purpose, \`npm run schema:check -- --update\` rewrites this file.

`;

/** Lines only in `a`, in order (a small diff that needs no library). */
const missingFrom = (a: string[], b: string[]): string[] => {
  const inB = new Set(b);
  return a.filter((line) => !inB.has(line));
};

async function snapshotOf(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return HEADER + (await readSchemaSnapshot(client));
  } finally {
    await client.end();
  }
}

describe('the schema', () => {
  let database: Awaited<ReturnType<typeof ownDatabase>>;
  beforeAll(async () => {
    database = await ownDatabase('schema');
    await migrate({ url: database.url, migrations: MIGRATIONS });
  });
  afterAll(() => database.drop());

  it('made by the migrations on a fresh database matches migrations/schema.snapshot.sql', async () => {
    const actual = await snapshotOf(database.url);
    if (process.env['SCHEMA_SNAPSHOT_UPDATE'] === '1') {
      writeFileSync(SNAPSHOT, actual);
      return;
    }
    const expected = existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, 'utf8') : '';
    if (actual !== expected) {
      const actualLines = actual.split('\n');
      const expectedLines = expected.split('\n');
      throw new Error(
        [
          'The migrations make a schema other than migrations/schema.snapshot.sql.',
          'If the change is meant, run `npm run schema:check -- --update` and commit the snapshot with the migration.',
          '',
          'Made by the migrations, not in the snapshot:',
          ...missingFrom(actualLines, expectedLines).map((line) => `+ ${line}`),
          '',
          'In the snapshot, not made by the migrations:',
          ...missingFrom(expectedLines, actualLines).map((line) => `- ${line}`),
          ...(missingFrom(actualLines, expectedLines).length + missingFrom(expectedLines, actualLines).length === 0
            ? ['(the same lines, in another order)']
            : []),
        ].join('\n'),
      );
    }
  });

  it('reads the same snapshot twice from the same database (a stable order)', async () => {
    const first = await snapshotOf(database.url);
    expect(first).toContain('CREATE TABLE case_file (');
    expect(first).toMatch(/^CREATE OR REPLACE FUNCTION public\.audit_event_seal\(/m);
    expect(await snapshotOf(database.url)).toBe(first);
  });
});
