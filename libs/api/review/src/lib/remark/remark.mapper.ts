import { place, type FieldCipher } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type { ReviewRemarkView } from '@leidraad/shared/domain';

/** A row of the remark queries (remark.sql.ts). */
export interface RemarkRow {
  id: string;
  case_id: string;
  code: string;
  text: Buffer;
  created_at: Date;
  acknowledged_at: Date | null;
  author_id: string;
  author_name: string;
  addressed_to: string;
  addressee_name: string;
}

export function toRemarkView(row: RemarkRow, cipher: Pick<FieldCipher, 'decrypt'>): ReviewRemarkView {
  return {
    id: row.id,
    caseId: row.case_id,
    caseCode: formatCaseCode(row.code),
    text: cipher.decrypt(row.text, place('review_remark', 'text', row.id)),
    author: { id: row.author_id, displayName: row.author_name },
    addressedTo: { id: row.addressed_to, displayName: row.addressee_name },
    createdAt: row.created_at.toISOString(),
    acknowledgedAt: row.acknowledged_at ? row.acknowledged_at.toISOString() : null,
  };
}
