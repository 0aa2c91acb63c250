import type { EntityManager } from 'typeorm';
import type { FieldCipher } from '@leidraad/api/core';
import type { ContactFieldsDto } from './contact.dto';

/** The draft columns in a fixed order, from a DTO where absent means empty. */
export function draftValues(
  cipher: FieldCipher,
  fields: ContactFieldsDto,
): unknown[] {
  return [
    fields.channel ?? null,
    fields.startedAt ?? null,
    fields.endedAt ?? null,
    cipher.encryptNullable(fields.summary),
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
  const values = draftValues(cipher, fields);
  if (startNow) values[1] = new Date().toISOString();
  const [row] = (await manager.query(
    `INSERT INTO contact (case_id, counsellor_id, channel, started_at, ended_at, summary, outcome, referrals)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [caseId, counsellorId, ...values],
  )) as { id: string }[];
  return row.id;
}
