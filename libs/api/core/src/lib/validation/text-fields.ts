import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/** Date and time with an explicit offset: `2026-03-01T14:05:00+01:00` or `…Z`. */
export const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 date-time written with its offset (so it is never ambiguous) that is also a real
 * calendar moment: `matches` when the shape is wrong, `isIso8601` when the moment does not exist.
 */
export function IsDateTimeWithOffset(shapeMessage = '$property must be an ISO 8601 date-time with an offset'): PropertyDecorator {
  return applyDecorators(
    Matches(DATE_TIME_WITH_OFFSET, { message: shapeMessage }),
    IsISO8601({ strict: true }, { message: '$property must be a valid ISO 8601 date-time' }),
  );
}

/** Text that says something: not empty, not only spaces (`matches`). */
export function NotBlank(): PropertyDecorator {
  return Matches(/\S/, { message: '$property must not be blank' });
}
