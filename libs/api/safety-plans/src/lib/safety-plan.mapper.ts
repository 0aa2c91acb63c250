import type { FieldCipher } from '@leidraad/api/core';
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
    what: cipher.decrypt(row.what),
    who: row.who,
    howChecked: cipher.decryptNullable(row.how_checked),
    reviewDate: row.review_date,
    evaluation: row.result ? { result: row.result, note: cipher.decryptNullable(row.result_note) } : null,
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

/** The parallel arrays `INSERT_AGREEMENTS_SQL` takes ($2–$9), free text encrypted. */
export function agreementColumns(agreements: readonly AgreementView[], cipher: FieldCipher): unknown[][] {
  return [
    agreements.map((agreement) => agreement.id),
    agreements.map((agreement) => agreement.topic),
    agreements.map((agreement) => cipher.encrypt(agreement.what)),
    agreements.map((agreement) => agreement.who),
    agreements.map((agreement) => cipher.encryptNullable(agreement.howChecked)),
    agreements.map((agreement) => agreement.reviewDate),
    agreements.map((agreement) => agreement.evaluation?.result ?? null),
    agreements.map((agreement) => cipher.encryptNullable(agreement.evaluation?.note ?? null)),
  ];
}
