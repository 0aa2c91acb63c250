#!/usr/bin/env node
// `npm run schema:check`: applies every migration to a fresh PostgreSQL database and compares the
// schema they make with migrations/schema.snapshot.sql; `npm run schema:check -- --update`
// rewrites the snapshot. The check is an integration spec, so `npm test` runs it too, on the
// server DATABASE_URL names or, without it, on an embedded PostgreSQL (tools/testing/test-database.mjs).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const update = process.argv.slice(2).includes('--update');
const result = spawnSync('npx', ['jest', '-c', 'apps/api/jest.int.config.cts', 'apps/api/src/test/schema-snapshot.int-spec.ts', '--ci'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SCHEMA_SNAPSHOT_UPDATE: update ? '1' : '0' },
});
if (result.status === 0 && update) process.stdout.write('migrations/schema.snapshot.sql rewritten.\n');
process.exit(result.status ?? 1);
