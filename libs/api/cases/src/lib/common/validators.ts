import { applyDecorators } from '@nestjs/common';
import {
  IsISO8601,
  Matches,
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';

/** Date and time with an explicit offset: `2026-03-01T14:05:00+01:00` or `…Z`. */
export const DATE_TIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date-time with offset that is also a real calendar moment. */
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

/** Free text that says something: not empty, not only spaces. */
export function NotBlank(): PropertyDecorator {
  return Matches(/\S/, { message: '$property must not be blank' });
}

/** This date-time is not before the one in `other` (when both are given). */
export function NotBefore(
  other: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'notBefore',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [other],
      options: { message: `$property must not be before ${other}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const start = (args.object as Record<string, unknown>)[other];
          if (typeof value !== 'string' || typeof start !== 'string')
            return true;
          const end = Date.parse(value);
          const begin = Date.parse(start);
          return Number.isNaN(end) || Number.isNaN(begin) || end >= begin;
        },
      },
    });
}
