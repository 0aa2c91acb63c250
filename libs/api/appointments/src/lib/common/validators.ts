import { Matches } from 'class-validator';

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
