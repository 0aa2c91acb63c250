import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

/** `@Param('id', uuidParam('id'))`: a malformed id is a 400 naming the parameter, not a 500. */
export function uuidParam(field: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new DomainError('validation_failed', `${field} must be a UUID.`, [{ field, code: 'isUuid', message: `${field} must be a UUID` }]),
  });
}
