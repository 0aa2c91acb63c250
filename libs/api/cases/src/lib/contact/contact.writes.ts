import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { place, type FieldCipher } from '@leidraad/api/core';
import type { ContactFieldsDto } from './contact.dto';

/** $1 id, $2 case, $3 counsellor, $4–$9 the draft columns (`draftValues`). */
export const INSERT_DRAFT_SQL = `INSERT INTO contact (id, case_id, counsellor_id, channel, started_at, ended_at, summary, outcome, referrals)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`;

/** The draft columns of contact `contactId` in a fixed order, from a DTO where absent means empty. */
export function draftValues(
  cipher: FieldCipher,
  contactId: string,
  fields: ContactFieldsDto,
): unknown[] {
  return [
    fields.channel ?? null,
    fields.startedAt ?? null,
    fields.endedAt ?? null,
    cipher.encryptNullable(fields.summary, place('contact', 'summary', contactId)),
    fields.outcome ?? null,
    fields.referrals ?? [],
  ];
}

/**
 * A new draft contact of a case. Without times it starts now: a case is usually created, and a
 * contact added, when the call comes in.
 */
export async function insertDraft(
  manager: EntityManager,
  cipher: FieldCipher,
  caseId: string,
  counsellorId: string,
  fields: ContactFieldsDto,
): Promise<string> {
  const startNow =
    (fields.startedAt ?? null) === null && (fields.endedAt ?? null) === null;
  // The id is drawn here: the note's ciphertext is bound to it.
  const id = randomUUID();
  const values = draftValues(cipher, id, fields);
  if (startNow) values[1] = new Date().toISOString();
  const [row] = (await manager.query(
    INSERT_DRAFT_SQL,
    [id, caseId, counsellorId, ...values],
  )) as { id: string }[];
  return row.id;
}
