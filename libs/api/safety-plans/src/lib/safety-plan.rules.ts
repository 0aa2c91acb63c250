import type { AgreementEvaluationInput, AgreementInput, AgreementView, FieldError, SafetyPlanStatus } from '@leidraad/shared/domain';

/** The status a plan has after its agreements are replaced: an evaluated plan starts a new round. */
export function statusAfterSave(current: SafetyPlanStatus | null): SafetyPlanStatus {
  return current === 'active' ? 'active' : 'draft';
}

/** Agreement ids must continue agreements of the current version, each at most once. */
export function agreementIdProblems(currentIds: ReadonlySet<string>, inputs: readonly AgreementInput[]): FieldError[] {
  const seen = new Set<string>();
  return inputs.flatMap((input, index): FieldError[] => {
    if (input.id === undefined) return [];
    const field = `agreements.${index}.id`;
    if (seen.has(input.id)) return [{ field, code: 'duplicate', message: `${field} appears twice` }];
    seen.add(input.id);
    return currentIds.has(input.id)
      ? []
      : [{ field, code: 'unknown_agreement', message: `${field} is not an agreement of the current version` }];
  });
}

/** What stands in the way of activating: no agreements, or agreements without a review date. */
export function activationProblems(agreements: readonly AgreementView[]): FieldError[] {
  if (agreements.length === 0) {
    return [{ field: 'agreements', code: 'empty', message: 'a plan needs at least one agreement to be activated' }];
  }
  return agreements.flatMap((agreement, index): FieldError[] =>
    agreement.reviewDate
      ? []
      : [
          {
            field: `agreements.${index}.reviewDate`,
            code: 'required',
            message: `agreements.${index}.reviewDate is needed to activate the plan`,
          },
        ],
  );
}

/** An evaluation names every agreement of the plan exactly once, and nothing else. */
export function evaluationProblems(agreements: readonly AgreementView[], results: readonly AgreementEvaluationInput[]): FieldError[] {
  const known = new Set(agreements.map((agreement) => agreement.id));
  const seen = new Set<string>();
  const problems = results.flatMap((result, index): FieldError[] => {
    const field = `results.${index}.agreementId`;
    if (!known.has(result.agreementId)) return [{ field, code: 'unknown_agreement', message: `${field} is not an agreement of the plan` }];
    if (seen.has(result.agreementId)) return [{ field, code: 'duplicate', message: `${field} appears twice` }];
    seen.add(result.agreementId);
    return [];
  });
  const missing = agreements.filter((agreement) => !seen.has(agreement.id));
  return missing.length > 0
    ? [...problems, { field: 'results', code: 'incomplete', message: `results lacks ${missing.length} agreement(s) of the plan` }]
    : problems;
}
