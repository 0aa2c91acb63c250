import { CASE_CHANGE_FIELDS, type CallerRole, type CaseChangeField, type CaseConcern, type CaseStatus } from '@leidraad/shared/domain';

/** The editable state of a case, as stored. */
export interface CaseState {
  callerRole: CallerRole;
  concern: CaseConcern;
  status: CaseStatus;
  codeWordHash: Buffer | null;
}

/** What an update asks for; `undefined` leaves a field as it is, `codeWordHash: null` removes the word. */
export interface CasePatch {
  callerRole?: CallerRole;
  concern?: CaseConcern;
  status?: CaseStatus;
  codeWordHash?: Buffer | null;
}

export interface CaseChanges {
  fields: CaseChangeField[];
  status?: { from: CaseStatus; to: CaseStatus };
}

/** Which fields an update really changes (asking for the current value changes nothing). */
export function caseChanges(current: CaseState, patch: CasePatch): CaseChanges {
  const fields: CaseChangeField[] = [];
  if (patch.callerRole !== undefined && patch.callerRole !== current.callerRole) fields.push('callerRole');
  if (patch.concern !== undefined && patch.concern !== current.concern) fields.push('concern');
  const statusChanged = patch.status !== undefined && patch.status !== current.status;
  if (statusChanged) fields.push('status');
  if (patch.codeWordHash !== undefined && !sameHash(patch.codeWordHash, current.codeWordHash)) fields.push('codeWord');
  return statusChanged
    ? {
        fields,
        status: { from: current.status, to: patch.status as CaseStatus },
      }
    : { fields };
}

/** Closing a case, and reopening a closed one, must say why. */
export function statusChangeNeedsReason(from: CaseStatus, to: CaseStatus): boolean {
  return from !== to && (to === 'closed' || from === 'closed');
}

/**
 * The fields changed by the versions a stale client missed, in a stable order and once each,
 * from the `changed_fields` of each of those revisions.
 */
export function changedSince(revisions: readonly (readonly string[])[]): CaseChangeField[] {
  const seen = new Set(revisions.flat());
  return CASE_CHANGE_FIELDS.filter((field) => seen.has(field));
}

function sameHash(a: Buffer | null, b: Buffer | null): boolean {
  if (a === null || b === null) return a === b;
  return a.equals(b);
}
