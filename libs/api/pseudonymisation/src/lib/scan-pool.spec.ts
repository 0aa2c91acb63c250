import { DomainError } from '@leidraad/api/core';
import { scan } from '@leidraad/shared/pseudonymisation';
import { INLINE_SCAN_CHARS, ScanPool } from './scan-pool';

/** 20,000 characters of the syllables that once stalled the server for seconds. */
const HOSTILE = `Dee${'dee'.repeat(6665)}`;
const NOTE = 'Beller gaf 06-12345678 en zijn broer heet Pieter.';

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe('ScanPool', () => {
  const config = { scan: { budgetMs: 5_000, workers: 1, charsPerMinute: 3_000_000 } };
  const pool = new ScanPool(config);
  beforeAll(() => pool.onModuleInit(), 60_000);
  afterAll(() => pool.onModuleDestroy());

  it('answers exactly what the detector finds, per text and in order', async () => {
    expect(await pool.scanAll([NOTE, '', 'Niets bijzonders.'])).toEqual([scan(NOTE), [], []]);
  });

  it('scans the hostile text in a fraction of the budget', async () => {
    const started = Date.now();
    await pool.scan(HOSTILE);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('refuses a scan past its budget as not scanned, and scans again with a new worker', async () => {
    config.scan.budgetMs = 1;
    try {
      expect(await refusal(pool.scan(HOSTILE.repeat(5)))).toBe('not_scanned');
    } finally {
      config.scan.budgetMs = 5_000;
    }
    expect(await pool.scan(NOTE)).toEqual(scan(NOTE));
  }, 60_000);

  it('answers a short text on the spot, even while every worker is busy and the queue is full', async () => {
    const jobs = Array.from({ length: 40 }, () => pool.scan(HOSTILE));
    const started = Date.now();
    expect(await pool.scan(NOTE)).toEqual(scan(NOTE));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await refusal(pool.scan(`${NOTE} ${'x'.repeat(INLINE_SCAN_CHARS)}`))).toBe('scanner_busy');
    await Promise.allSettled(jobs);
  }, 60_000);

  it('refuses with scanner_busy once every worker is busy and the queue is full', async () => {
    const jobs = Array.from({ length: 40 }, () => pool.scan(HOSTILE));
    const outcomes = await Promise.allSettled(jobs);
    const refused = outcomes.filter((o) => o.status === 'rejected');
    // One scanning, 32 waiting: the rest are refused at once, with a hint to retry.
    expect(refused).toHaveLength(7);
    for (const o of refused) {
      const reason = (o as PromiseRejectedResult).reason as DomainError;
      expect(reason.code).toBe('scanner_busy');
      expect(reason.status).toBe(503);
      expect(reason.extensions).toEqual({ retryAfter: 1 });
    }
  }, 60_000);
});
