import { Matches } from 'class-validator';
import { CLOCK_TIME } from '@leidraad/shared/domain';

/** A local Dutch wall time without offset: `2027-03-28T09:30`. */
export function IsLocalDateTime(): PropertyDecorator {
  return Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:00)?$/, {
    message: '$property must be a local date-time like 2027-03-28T09:30',
  });
}

/** A clock time `HH:mm`, 00:00 to 24:00. */
export function IsClockTime(): PropertyDecorator {
  return Matches(CLOCK_TIME, {
    message: '$property must be a clock time HH:mm (00:00–24:00)',
  });
}
