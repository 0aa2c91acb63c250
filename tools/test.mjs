#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to find —
// lint, formatting (Prettier), type-check, unit tests, build, integration tests (real PostgreSQL; among them the schema
// check of `npm run schema:check`), end-to-end tests (Chromium). Ends with one line summing every suite: `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const reports = join(root, 'tmp/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, NX_DAEMON: 'false', FORCE_COLOR: process.env.CI ? '0' : '1' };
const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(name, command, args) {
  if (only.length > 0 && !only.includes(name)) return true;
  const started = Date.now();
  process.stdout.write(`\n▶ ${name}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  const ok = result.status === 0;
  process.stdout.write(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  if (!ok) failures.push(name);
  return ok;
}

function jest(name, config) {
  const output = join(reports, `${name}.json`);
  const ok = run(name, 'npx', ['jest', '-c', config, '--json', `--outputFile=${output}`, '--ci']);
  if (existsSync(output)) {
    const report = JSON.parse(readFileSync(output, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
    // A suite that could not even start counts as a failure, not as zero tests.
    totals.failed += report.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  } else if (!ok && (only.length === 0 || only.includes(name))) {
    totals.failed += 1;
  }
}

run('lint', 'npx', ['eslint', '.', '--max-warnings', '0', '--cache', '--cache-location', 'tmp/.eslintcache']);
run('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
run('typecheck', process.execPath, ['tools/typecheck.mjs']);
jest('unit', 'jest.config.ts');
const built =
  run('build', 'npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--configuration=production']) &&
  run('precompress', process.execPath, ['tools/build/precompress.mjs', 'dist/apps/web/browser']);
jest('integration', 'apps/api/jest.int.config.cts');
if (built) jest('e2e', 'apps/web-e2e/jest.e2e.config.cts');

if (failures.length > 0) process.stdout.write(`\nFailed steps: ${failures.join(', ')}\n`);
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failures.length > 0 || totals.failed > 0 ? 1 : 0);
