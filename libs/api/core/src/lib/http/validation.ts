import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from '@leidraad/shared/domain';
import { DomainError } from '../errors/domain-error';

/**
 * The one validation pipe: unknown fields are refused (not silently dropped), payloads are
 * transformed into their DTO classes, and failures become problem details naming each field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new DomainError('validation_failed', 'The request has invalid fields.', flatten(errors)),
  });
}

export function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      code: constraint === 'whitelistValidation' ? 'unknown_field' : constraint,
      message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
