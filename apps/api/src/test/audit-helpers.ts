import type { Pool, PoolClient } from 'pg';
import { auditVerifyCommand } from '../cli/audit-verify.command';
import type { TestApp } from '../testing/test-app';

/** Helpers shared by the audit-*.int-spec.ts files. */

/**
 * Runs `work` as the owner with the audit triggers off, in one transaction — what someone with the
 * owner's password could do. The table lock keeps other writers out while the triggers are off.
 */
export async function asOwnerWithoutAuditTriggers(db: Pool, work: (client: PoolClient) => Promise<unknown>): Promise<void> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
    await work(client);
    await client.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

/** Runs `npm run audit:verify` with `values` in the test's app, capturing what it prints. */
export async function auditVerify(test: TestApp, values: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  try {
    const code = await auditVerifyCommand.run(test.app, values, test.config);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}
