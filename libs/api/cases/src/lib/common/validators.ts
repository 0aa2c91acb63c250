import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { CODE_WORD_MIN_CHARACTERS, CODE_WORD_MIN_WORDS, isLongEnoughCodeWord } from '@leidraad/shared/domain';

/** This date-time is not before the one in `other` (when both are given). */
export function NotBefore(other: string, options?: ValidationOptions): PropertyDecorator {
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
          if (typeof value !== 'string' || typeof start !== 'string') return true;
          const end = Date.parse(value);
          const begin = Date.parse(start);
          return Number.isNaN(end) || Number.isNaN(begin) || end >= begin;
        },
      },
    });
}

/** A caller's code word long enough to resist guessing (see `isLongEnoughCodeWord`); error code `too_short`. */
export function LongEnoughCodeWord(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'too_short',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property needs at least ${CODE_WORD_MIN_WORDS} words or ${CODE_WORD_MIN_CHARACTERS} letters or digits` },
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || isLongEnoughCodeWord(value),
      },
    });
}

/** This number is below the one in `other` (when both are numbers). */
export function Below(other: string): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'below',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [other],
      options: { message: `$property must be below ${other}` },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const limit = (args.object as Record<string, unknown>)[other];
          return typeof value !== 'number' || typeof limit !== 'number' || value < limit;
        },
      },
    });
}
