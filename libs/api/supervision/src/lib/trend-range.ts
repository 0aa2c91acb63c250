import { DomainError } from '@leidraad/api/core';
import type { FieldError } from '@leidraad/shared/domain';
import type { DateRange } from './aggregates.types';
import { addYears, isLocalDate } from './local-dates';

/** The longest period the trends answer: `to` must be before `from` + this many years. */
export const MAX_TREND_YEARS = 2;

/** A trends period as asked, or a 400 naming the field: real dates, from ≤ to, at most two years. */
export function checkedRange(from: string, to: string): DateRange {
  const errors: FieldError[] = [];
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (!isLocalDate(value)) {
      errors.push({ field, code: 'invalid_date', message: `${field} must be a date written YYYY-MM-DD` });
    }
  }
  if (errors.length === 0 && to < from) {
    errors.push({ field: 'to', code: 'before_from', message: 'to must not be before from' });
  }
  if (errors.length === 0 && to >= addYears(from, MAX_TREND_YEARS)) {
    errors.push({
      field: 'to',
      code: 'range_too_long',
      message: `the period may span at most ${MAX_TREND_YEARS} years`,
    });
  }
  if (errors.length > 0) throw new DomainError('validation_failed', 'The request has invalid fields.', errors);
  return { from, to };
}
