import {
  AGREEMENT_DIFF_FIELDS,
  type AgreementDiff,
  type AgreementDiffField,
  type AgreementFieldChange,
  type AgreementView,
} from '@leidraad/shared/domain';

function fieldValue(agreement: AgreementView, field: AgreementDiffField): string | null {
  switch (field) {
    case 'result':
      return agreement.evaluation?.result ?? null;
    case 'resultNote':
      return agreement.evaluation?.note ?? null;
    default:
      return agreement[field];
  }
}

/** The fields that differ between two states of one agreement, in the order of the form. */
export function changedFields(before: AgreementView, after: AgreementView): AgreementFieldChange[] {
  return AGREEMENT_DIFF_FIELDS.flatMap((field) => {
    const was = fieldValue(before, field);
    const is = fieldValue(after, field);
    return was === is ? [] : [{ field, before: was, after: is }];
  });
}

/**
 * Per agreement, what changed from `previous` to `current`, matched by the agreement's stable
 * id: current agreements in their order (added, changed or unchanged), then the removed ones.
 */
export function diffAgreements(previous: readonly AgreementView[], current: readonly AgreementView[]): AgreementDiff[] {
  const before = new Map(previous.map((agreement) => [agreement.id, agreement]));
  const kept = new Set(current.map((agreement) => agreement.id));
  const present = current.map((agreement): AgreementDiff => {
    const was = before.get(agreement.id);
    if (!was) {
      return {
        id: agreement.id,
        change: 'added',
        agreement,
        fields: AGREEMENT_DIFF_FIELDS.flatMap((field) => {
          const value = fieldValue(agreement, field);
          return value === null ? [] : [{ field, before: null, after: value }];
        }),
      };
    }
    const fields = changedFields(was, agreement);
    return { id: agreement.id, change: fields.length > 0 ? 'changed' : 'unchanged', agreement, fields };
  });
  const removed = previous
    .filter((agreement) => !kept.has(agreement.id))
    .map((agreement): AgreementDiff => ({ id: agreement.id, change: 'removed', agreement, fields: [] }));
  return [...present, ...removed];
}
