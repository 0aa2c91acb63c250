import { HUNG_UP_OUTCOME, type ContactFields, type ProblemDetails } from '@leidraad/shared/domain';

/** A field of the call screen a counsellor may have to fix before finalising, in screen order. */
export type FinaliseField = 'channel' | 'startedAt' | 'summary' | 'findings' | 'outcome';

/** One reason why finalising did not happen: the field to fix (if any) and what to say. */
export interface FinaliseProblem {
  field?: FinaliseField;
  /** Translation key. */
  key: string;
}

/** The element each field's problem sends the focus to. */
export const FINALISE_FIELD_IDS: Readonly<Record<FinaliseField, string>> = {
  channel: 'contact-channel',
  startedAt: 'contact-started',
  summary: 'note',
  findings: 'note',
  outcome: 'contact-outcome',
};

const ORDER: readonly FinaliseField[] = ['channel', 'startedAt', 'summary', 'findings', 'outcome'];

function byScreenOrder(problems: FinaliseProblem[]): FinaliseProblem[] {
  return problems.sort((a, b) => ORDER.indexOf(a.field ?? 'outcome') - ORDER.indexOf(b.field ?? 'outcome'));
}

/**
 * What stands in the way before anything is sent: only the fields that are missing, and the
 * note's findings that still need a decision (masking, confirming, or "geen persoonsgegeven").
 */
export function problemsBeforeFinalise(fields: ContactFields, openFindings: number): FinaliseProblem[] {
  const problems: FinaliseProblem[] = [];
  if (!fields.channel) problems.push({ field: 'channel', key: 'call.finalise.errors.channel' });
  if (!fields.startedAt) problems.push({ field: 'startedAt', key: 'call.finalise.errors.startedAt' });
  // A caller who hung up may have left nothing to write.
  if (!fields.summary?.trim() && fields.outcome !== HUNG_UP_OUTCOME)
    problems.push({ field: 'summary', key: 'call.finalise.errors.summary' });
  if (openFindings > 0) problems.push({ field: 'findings', key: 'call.finalise.errors.findings' });
  if (!fields.outcome) problems.push({ field: 'outcome', key: 'call.finalise.errors.outcome' });
  return byScreenOrder(problems);
}

/** Why saving or finalising was refused, from the API's problem details (status 0: no answer at all). */
export function problemsFromAnswer(problem: Pick<ProblemDetails, 'status' | 'code' | 'errors'>): FinaliseProblem[] {
  if (problem.code === 'identifiers_found') return [{ field: 'findings', key: 'call.finalise.errors.findings' }];
  if (problem.status === 409) return [{ key: 'call.finalise.errors.taken' }];
  if (problem.status === 400 || problem.status === 422) {
    const fields = (problem.errors ?? []).map((e) => e.field);
    const named = ORDER.filter((field) => fields.includes(field));
    if (named.length > 0) return byScreenOrder(named.map((field) => ({ field, key: `call.finalise.errors.${field}` })));
    return [{ key: 'call.finalise.errors.invalid' }];
  }
  if (problem.status === 0 || problem.status === 408) return [{ key: 'call.finalise.errors.unsaved' }];
  if (problem.status === 401) return [{ key: 'call.finalise.errors.signedOut' }];
  return [{ key: 'call.finalise.errors.server' }];
}
