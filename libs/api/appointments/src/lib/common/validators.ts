import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/** Date and time with an explicit offset: `2027-03-01T14:05:00+01:00` or `…Z`. */
const DATE_TIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export function IsDateTimeWithOffset(): PropertyDecorator {
  return applyDecorators(
    Matches(DATE_TIME_WITH_OFFSET, {
      message: '$property must be an ISO 8601 date-time with an offset',
    }),
    IsISO8601(
      { strict: true },
      { message: '$property must be a valid ISO 8601 date-time' },
    ),
  );
}

/** A local Dutch wall time without offset: `2027-03-28T09:30`. */
export function IsLocalDateTime(): PropertyDecorator {
  return Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:00)?$/, {
    message: '$property must be a local date-time like 2027-03-28T09:30',
  });
}

/** A clock time `HH:mm`, 00:00 to 24:00. */
export function IsClockTime(): PropertyDecorator {
  return Matches(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, {
    message: '$property must be a clock time HH:mm (00:00–24:00)',
  });
}

/** Free text that says something: not empty, not only spaces. */
export function NotBlank(): PropertyDecorator {
  return Matches(/\S/, { message: '$property must not be blank' });
}
