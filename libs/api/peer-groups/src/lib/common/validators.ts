import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant written with its offset (`2027-03-01T19:00:00+01:00`), so it is never ambiguous. */
export function IsInstant(): PropertyDecorator {
  return applyDecorators(
    Matches(WITH_OFFSET, { message: '$property must be a date-time with an offset' }),
    IsISO8601({ strict: true }, { message: '$property must be a valid ISO 8601 date-time' }),
  );
}

/** Text that says something: not empty and not only spaces. */
export function HasText(): PropertyDecorator {
  return Matches(/\S/, { message: '$property must not be blank' });
}
