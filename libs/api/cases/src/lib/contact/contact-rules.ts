import { HUNG_UP_OUTCOME, type ContactFields, type FieldError } from '@leidraad/shared/domain';

/**
 * What a draft still lacks before it can be final: one error per missing field. The end time is
 * not among them: finalising sets it to now when the counsellor left it empty. A contact the
 * caller hung up on needs no summary note: there may have been nothing to write.
 */
export function missingForFinal(fields: ContactFields): FieldError[] {
  const missing: FieldError[] = [];
  const require = (field: keyof ContactFields, present: boolean) => {
    if (!present)
      missing.push({
        field,
        code: 'required',
        message: `${field} is required to finalise a contact`,
      });
  };
  require('channel', fields.channel !== null);
  require('startedAt', fields.startedAt !== null);
  require('summary', fields.outcome === HUNG_UP_OUTCOME || (fields.summary !== null && fields.summary.trim() !== ''));
  require('outcome', fields.outcome !== null);
  return missing;
}

/** The end must not come before the start; the error names the field a client would fix. */
export function timeOrderProblem(
  fields: Pick<ContactFields, 'startedAt' | 'endedAt'>,
  field: 'startedAt' | 'endedAt' = 'endedAt',
): FieldError | null {
  if (fields.startedAt === null || fields.endedAt === null) return null;
  if (Date.parse(fields.endedAt) >= Date.parse(fields.startedAt)) return null;
  return field === 'endedAt'
    ? {
        field,
        code: 'notBefore',
        message: 'endedAt must not be before startedAt',
      }
    : {
        field,
        code: 'notAfter',
        message: 'startedAt must not be after endedAt',
      };
}

/** A final contact as it reads now: the original with each correction applied in order. */
export function applyCorrections(original: ContactFields, corrections: readonly Partial<ContactFields>[]): ContactFields {
  return corrections.reduce<ContactFields>((current, correction) => {
    const next = { ...current };
    for (const [key, value] of Object.entries(correction) as [keyof ContactFields, unknown][]) {
      if (value !== undefined && value !== null) (next as Record<keyof ContactFields, unknown>)[key] = value;
    }
    return next;
  }, original);
}
