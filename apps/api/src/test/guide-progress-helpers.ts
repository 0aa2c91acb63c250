import type { Pool } from 'pg';
import type { TestClient, TestResponse } from '../testing/test-client';

// Helpers of the guide-progress-*.int-spec.ts files.
export function mark(client: TestClient, caseId: string, itemId: string, body: Record<string, unknown>): Promise<TestResponse> {
  return client.put(`/api/cases/${caseId}/guide-progress/${itemId}`, body);
}

export async function storedProgress(
  db: Pool,
  caseId: string,
): Promise<{ item_id: string; state: string; contact_id: string | null; note: Buffer | null }[]> {
  const { rows } = await db.query(`SELECT item_id, state, contact_id, note FROM guide_progress WHERE case_id = $1 ORDER BY item_id`, [
    caseId,
  ]);
  return rows;
}

export async function storedHistory(
  db: Pool,
  caseId: string,
): Promise<{ item_id: string; from_state: string; to_state: string; contact_id: string | null }[]> {
  const { rows } = await db.query(
    `SELECT item_id, from_state, to_state, contact_id FROM guide_progress_change WHERE case_id = $1 ORDER BY changed_at, id`,
    [caseId],
  );
  return rows;
}
