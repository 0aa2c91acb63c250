import type { PipeTransform } from '@nestjs/common';
import { DomainError } from '@leidraad/api/core';

/** `@Param('flag', enumParam('flag', RISK_FLAGS))`: an unknown value is a 400 naming the parameter. */
export function enumParam<T extends string>(field: string, values: readonly T[]): PipeTransform<string, T> {
  return {
    transform(value: string): T {
      if ((values as readonly string[]).includes(value)) return value as T;
      throw new DomainError('validation_failed', `${field} must be one of: ${values.join(', ')}.`, [
        {
          field,
          code: 'isIn',
          message: `${field} must be one of the following values: ${values.join(', ')}`,
        },
      ]);
    },
  };
}
