import { DomainError } from '@leidraad/api/core';
import { parseLocalDateTime, resolveLocal } from '../time/local-time';

/** The start of an appointment from `startsAt` (an instant) or `localStart` (wall time at the helpline). */
export interface StartInput {
  startsAt?: string;
  localStart?: string;
}

/** The instant, and which field it came from (the field a refusal names). */
export interface ResolvedStart {
  instant: number;
  field: 'startsAt' | 'localStart';
}

/**
 * Exactly one of the two fields; `localStart` is wall time in `timeZone` (the helpline's). A local
 * time in the spring-forward hour does not exist and is refused (422); one in the autumn hour
 * exists twice and means the first (summer time).
 */
export function resolveStart(input: StartInput, timeZone: string): ResolvedStart {
  const given = (['startsAt', 'localStart'] as const).filter((field) => input[field] !== undefined);
  if (given.length !== 1) {
    throw DomainError.forField(
      'validation_failed',
      given.length === 0 ? 'startsAt' : 'localStart',
      given.length === 0 ? 'required' : 'exclusive',
      given.length === 0
        ? 'Give the start as startsAt (with offset) or localStart (the helpline’s local time).'
        : 'Give startsAt or localStart, not both.',
    );
  }
  if (input.startsAt !== undefined) return { instant: Date.parse(input.startsAt), field: 'startsAt' };
  const local = parseLocalDateTime(input.localStart as string);
  if (!local) {
    throw DomainError.forField('validation_failed', 'localStart', 'isLocalDateTime', 'localStart is not a real date and time.');
  }
  const resolved = resolveLocal(local, timeZone);
  if (resolved.kind === 'nonexistent') {
    throw DomainError.forField(
      'unprocessable',
      'localStart',
      'nonexistent_local_time',
      'This local time does not exist: the clocks skip that hour when summer time starts.',
    );
  }
  return {
    instant: resolved.kind === 'exact' ? resolved.instant : resolved.earlier,
    field: 'localStart',
  };
}
