import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export const FREE_TEXT_KEY = 'leidraad:free-text';
/** The longest note, remark or agreement the API accepts. */
export const FREE_TEXT_MAX = 20_000;

/**
 * Marks a DTO property as free text typed by staff. Every such field is found through this
 * mark — to be checked for identifiers and encrypted at rest — so none can be forgotten.
 */
export function FreeText(options: { maxLength?: number; description?: string; required?: boolean } = {}): PropertyDecorator {
  const maxLength = options.maxLength ?? FREE_TEXT_MAX;
  return applyDecorators(
    (target: object, property: string | symbol) => {
      const fields: (string | symbol)[] = Reflect.getMetadata(FREE_TEXT_KEY, target.constructor) ?? [];
      Reflect.defineMetadata(FREE_TEXT_KEY, [...fields, property], target.constructor);
    },
    IsString(),
    MaxLength(maxLength),
    ApiProperty({ type: String, maxLength, description: options.description, required: options.required ?? true }),
  );
}

/** The free-text properties of a DTO class, including inherited ones. */
export function freeTextFields(dto: abstract new (...args: never[]) => unknown): (string | symbol)[] {
  return Reflect.getMetadata(FREE_TEXT_KEY, dto) ?? [];
}
