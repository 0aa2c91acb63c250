import { place, rows, sql, type FieldCipher, iso, isoOrNull, type Queryable } from '@leidraad/api/core';
import type { ContactFields, DraftVersion } from '@leidraad/shared/domain';

interface DraftVersionRow {
  channel: ContactFields['channel'];
  started_at: Date | null;
  ended_at: Date | null;
  summary: Buffer | null;
  outcome: ContactFields['outcome'];
  referrals: ContactFields['referrals'];
  revision: number;
  updated_at: Date;
  saved_by_id: string | null;
  saved_by_name: string | null;
}

const DRAFT_VERSION_SQL = sql<{
  contactId: string;
}>(`SELECT k.channel, k.started_at, k.ended_at, k.summary, k.outcome, k.referrals, k.revision,
       k.updated_at, k.draft_saved_by AS saved_by_id, s.display_name AS saved_by_name
  FROM contact k LEFT JOIN staff s ON s.id = k.draft_saved_by
 WHERE k.id = :contactId`);

/**
 * The draft as stored now, for the 409 of a save that started from an older revision: the
 * second tab shows it beside its own version (the caller has access: checked before).
 */
export async function draftVersion(db: Queryable, cipher: FieldCipher, contactId: string): Promise<DraftVersion | undefined> {
  const [row] = await rows<DraftVersionRow>(db, DRAFT_VERSION_SQL.with({ contactId }));
  if (!row) return undefined;
  return {
    channel: row.channel,
    startedAt: isoOrNull(row.started_at),
    endedAt: isoOrNull(row.ended_at),
    summary: cipher.decryptNullable(row.summary, place('contact', 'summary', contactId)),
    outcome: row.outcome,
    referrals: row.referrals,
    revision: row.revision,
    updatedAt: iso(row.updated_at),
    savedBy: row.saved_by_id && row.saved_by_name ? { id: row.saved_by_id, displayName: row.saved_by_name } : null,
  };
}
