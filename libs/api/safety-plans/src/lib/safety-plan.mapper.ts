import { randomUUID } from 'node:crypto';
import { place, type FieldCipher } from '@leidraad/api/core';
import type { AgreementColumns } from './safety-plan.sql';
import type {
  AgreementResult,
  AgreementRole,
  AgreementView,
  SafetyPlanChange,
  SafetyPlanStatus,
  SafetyPlanTopic,
  SafetyPlanVersionSummary,
} from '@leidraad/shared/domain';

/** A row of `AGREEMENTS_SQL`. */
export interface AgreementRow {
  /** The row (one per agreement and plan version). */
  id: string;
  agreement_id: string;
  topic: SafetyPlanTopic;
  what: Buffer;
  who: AgreementRole;
  how_checked: Buffer | null;
  review_date: string | null;
  result: AgreementResult | null;
  result_note: Buffer | null;
}

/** A row of `VERSIONS_SQL`. */
export interface VersionRow {
  id: string;
  number: number;
  status: SafetyPlanStatus;
  change: SafetyPlanChange;
  contact_id: string;
  changed_at: Date;
  staff_id: string;
  display_name: string;
  agreement_count: number;
}

export function toAgreementView(row: AgreementRow, cipher: FieldCipher): AgreementView {
  return {
    id: row.agreement_id,
    topic: row.topic,
    what: cipher.decrypt(row.what, place(AGREEMENT, 'what', row.id)),
    who: row.who,
    howChecked: cipher.decryptNullable(row.how_checked, place(AGREEMENT, 'how_checked', row.id)),
    reviewDate: row.review_date,
    evaluation: row.result
      ? { result: row.result, note: cipher.decryptNullable(row.result_note, place(AGREEMENT, 'result_note', row.id)) }
      : null,
  };
}

export function toVersionSummary(row: VersionRow): SafetyPlanVersionSummary {
  return {
    number: row.number,
    status: row.status,
    change: row.change,
    contactId: row.contact_id,
    changedBy: { id: row.staff_id, displayName: row.display_name },
    changedAt: row.changed_at.toISOString(),
    agreementCount: row.agreement_count,
  };
}

const AGREEMENT = 'safety_plan_agreement';

/**
 * The parallel arrays `INSERT_AGREEMENTS_SQL` takes: each version gets new rows, so the free text
 * is encrypted anew for each new row id.
 */
export function agreementColumns(agreements: readonly AgreementView[], cipher: FieldCipher): AgreementColumns {
  const ids = agreements.map(() => randomUUID());
  return {
    agreementIds: agreements.map((agreement) => agreement.id),
    topics: agreements.map((agreement) => agreement.topic),
    whats: agreements.map((agreement, i) => cipher.encrypt(agreement.what, place(AGREEMENT, 'what', ids[i]))),
    whos: agreements.map((agreement) => agreement.who),
    howChecked: agreements.map((agreement, i) => cipher.encryptNullable(agreement.howChecked, place(AGREEMENT, 'how_checked', ids[i]))),
    reviewDates: agreements.map((agreement) => agreement.reviewDate),
    results: agreements.map((agreement) => agreement.evaluation?.result ?? null),
    resultNotes: agreements.map((agreement, i) =>
      cipher.encryptNullable(agreement.evaluation?.note ?? null, place(AGREEMENT, 'result_note', ids[i])),
    ),
    rowIds: ids,
  };
}
