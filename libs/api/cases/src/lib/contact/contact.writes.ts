import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { place, rows, sql, type FieldCipher } from '@leidraad/api/core';
import type { ContactFieldsDto } from './contact.dto';

/** The draft columns of a contact, as its statements take them (`draftValues`). */
export interface DraftColumns {
  channel: string | null;
  startedAt: string | null;
  endedAt: string | null;
  summary: Buffer | null;
  outcome: string | null;
  referrals: readonly string[];
}

/** A new draft contact :id of case :caseId for counsellor :counsellorId, with its draft columns. */
export const INSERT_DRAFT_SQL = sql<{ id: string; caseId: string; counsellorId: string } & DraftColumns>(
  `INSERT INTO contact (id, case_id, counsellor_id, channel, started_at, ended_at, summary, outcome, referrals)
     VALUES (:id, :caseId, :counsellorId, :channel, :startedAt, :endedAt, :summary, :outcome, :referrals) RETURNING id`,
);

/** The draft columns of contact `contactId`, from a DTO where absent means empty. */
export function draftValues(cipher: FieldCipher, contactId: string, fields: ContactFieldsDto): DraftColumns {
  return {
    channel: fields.channel ?? null,
    startedAt: fields.startedAt ?? null,
    endedAt: fields.endedAt ?? null,
    summary: cipher.encryptNullable(fields.summary, place('contact', 'summary', contactId)),
    outcome: fields.outcome ?? null,
    referrals: fields.referrals ?? [],
  };
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
  const startNow = (fields.startedAt ?? null) === null && (fields.endedAt ?? null) === null;
  // The id is drawn here: the note's ciphertext is bound to it.
  const id = randomUUID();
  const values = draftValues(cipher, id, fields);
  if (startNow) values.startedAt = new Date().toISOString();
  const [row] = await rows<{ id: string }>(manager, INSERT_DRAFT_SQL.with({ id, caseId, counsellorId, ...values }));
  return row.id;
}
