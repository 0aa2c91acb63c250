import type { Pool } from 'pg';
import type { CaseHeader, ContactView, DraftSaved } from '@leidraad/shared/domain';
import type { TestClient } from '../testing/test-client';

/** Helpers shared by the cases-*.int-spec.ts files. */

export const UNKNOWN_ID = '3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f';

/** A moment `minutesFromNow` away, written in Dutch winter time (`+01:00`) as a browser might send it. */
export function amsterdamTime(minutesFromNow: number): string {
  const shifted = new Date(Date.now() + minutesFromNow * 60_000 + 60 * 60_000);
  return `${shifted.toISOString().slice(0, 19)}+01:00`;
}

/** The same moment in UTC, as the API answers it. */
export function utc(withOffset: string): string {
  return new Date(withOffset).toISOString();
}

export const FULL_CONTACT = {
  channel: 'phone',
  startedAt: amsterdamTime(-30),
  endedAt: amsterdamTime(-5),
  summary: 'Beller maakt zich zorgen over haar broer en wil weten hoe zij het gesprek kan beginnen.',
  outcome: 'advice_given',
  referrals: ['stop_it_now_website'],
} as const;

/** A new case through the API, as the call screen creates one; fails the test unless 201. */
export async function createCase(
  client: TestClient,
  body: Record<string, unknown> = { callerRole: 'parent', concern: 'unclear' },
): Promise<CaseHeader> {
  const response = await client.post<CaseHeader>('/api/cases', body);
  if (response.status !== 201) throw new Error(`create case: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A case with one final contact. */
export async function caseWithFinalContact(client: TestClient): Promise<{ header: CaseHeader; contact: ContactView }> {
  const header = await createCase(client, {
    callerRole: 'self',
    concern: 'own_feelings',
    contact: { channel: 'chat' },
  });
  const contactId = header.drafts[0].id;
  const saved = await client.put<DraftSaved>(`/api/cases/${header.id}/contacts/${contactId}/draft`, { revision: 1, ...FULL_CONTACT });
  if (saved.status !== 200) throw new Error(`save draft: ${saved.status} ${JSON.stringify(saved.body)}`);
  const final = await client.post<ContactView>(`/api/cases/${header.id}/contacts/${contactId}/finalise`);
  if (final.status !== 200) throw new Error(`finalise: ${final.status} ${JSON.stringify(final.body)}`);
  return { header, contact: final.body };
}

export interface CaseAuditRow {
  staff_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  case_code: string | null;
  outcome: string;
  reason: string | null;
}

/** Audit events of one staff member, oldest first, optionally of one action. */
export async function auditOf(db: Pool, staffId: string, action?: string): Promise<CaseAuditRow[]> {
  const { rows } = await db.query(
    `SELECT staff_id, action, entity_type, entity_id, case_code, outcome, reason FROM audit_event
      WHERE staff_id = $1 AND ($2::text IS NULL OR action = $2) ORDER BY id`,
    [staffId, action ?? null],
  );
  return rows;
}

/** What one staff member has in the case tables (other test files write there at the same time). */
export async function rowCounts(db: Pool, staffId: string): Promise<Record<string, number>> {
  const { rows } = await db.query(
    `SELECT
       (SELECT count(*)::int FROM case_file WHERE created_by = $1) AS cases,
       (SELECT count(*)::int FROM contact k JOIN case_file c ON c.id = k.case_id WHERE c.created_by = $1) AS contacts,
       (SELECT count(*)::int FROM contact_correction WHERE corrected_by = $1) AS corrections,
       (SELECT count(*)::int FROM case_handover WHERE from_staff_id = $1) AS handovers,
       (SELECT count(*)::int FROM case_risk_flag WHERE set_by = $1) AS risk_flags,
       (SELECT count(*)::int FROM case_revision WHERE changed_by = $1) AS revisions,
       (SELECT count(*)::int FROM case_status_change WHERE changed_by = $1) AS status_changes`,
    [staffId],
  );
  return rows[0];
}

/** The stored case row, straight from the database. */
export async function storedCase(db: Pool, caseId: string): Promise<Record<string, unknown>> {
  const { rows } = await db.query(
    `SELECT caller_role, concern, status, version, assignee_id, code_word_hash, contact_count FROM case_file WHERE id = $1`,
    [caseId],
  );
  return rows[0];
}
