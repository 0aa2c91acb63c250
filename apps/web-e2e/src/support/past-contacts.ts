import { Client } from 'pg';

/** A final contact in the past: the API only starts contacts now, so statistics of an ended period need these. */
export interface PastContact {
  caseId: string;
  channel: 'phone' | 'chat' | 'email';
  /** ISO with offset. */
  startedAt: string;
  minutes: number;
}

/** Writes past final contacts straight into the e2e database; the supervision summaries follow by trigger. */
export async function insertPastContacts(counsellorId: string, contacts: readonly PastContact[]): Promise<void> {
  const db = new Client({ connectionString: process.env['E2E_DATABASE_URL'] });
  await db.connect();
  try {
    for (const contact of contacts) {
      await db.query(
        `INSERT INTO contact (case_id, counsellor_id, status, channel, started_at, ended_at, summary, outcome, finalised_at, finalised_by)
         VALUES ($1, $2, 'final', $3, $4::timestamptz, $4::timestamptz + make_interval(mins => $5), '\\x00', 'other', now(), $2)`,
        [contact.caseId, counsellorId, contact.channel, contact.startedAt, contact.minutes],
      );
    }
  } finally {
    await db.end();
  }
}
