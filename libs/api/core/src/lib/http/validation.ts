import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import type { FieldError } from '@leidraad/shared/domain';
import { DomainError } from '../errors/domain-error';
import { carryRequest } from './request-context';
import { cacheValidationMetadata } from './validation-metadata-cache';

/**
 * The one validation pipe: unknown fields are refused (not silently dropped), payloads are
 * transformed into their DTO classes, and failures become problem details naming each field.
 */
export function createValidationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new ShapeCheckedValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new DomainError('validation_failed', 'The request has invalid fields.', flatten(errors)),
  });
}

/** Deeper than any DTO nests; a body nested deeper is refused before it is transformed. */
export const MAX_NESTING_DEPTH = 32;
/** Keys no DTO has, on which class-transformer fails (it reads `value.constructor` as a class). */
const FORBIDDEN_KEYS = new Set(['constructor', 'prototype', '__proto__']);

/**
 * class-transformer recurses into every nested value, unknown fields included, and trusts a
 * `constructor` key: a body nested a few thousand levels deep overflows the stack, and
 * `{"x":{"constructor":1}}` throws a TypeError — both 500s. Such bodies are refused first.
 */
class ShapeCheckedValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Only what the client sent: custom decorators hand over server objects (which may nest or cycle).
    // A body that refuseUnsafeBodies passed is not walked again.
    const problem = metadata.type === 'custom' || checkedBodies.has(value as object) ? undefined : unsafeShape(value, metadata.type);
    if (problem) throw new DomainError('validation_failed', 'The request has invalid fields.', [problem]);
    const transformed: unknown = await super.transform(value, metadata);
    carryRequest(value, transformed);
    return transformed;
  }
}

/**
 * The first field that nests deeper than MAX_NESTING_DEPTH or is named like a prototype key,
 * found without recursion; undefined when the value is safe to transform.
 */
export function unsafeShape(value: unknown, root: string, limit = MAX_NESTING_DEPTH): FieldError | undefined {
  const stack: [unknown, number, string][] = [[value, 0, '']];
  while (stack.length > 0) {
    const [node, depth, path] = stack.pop() as [unknown, number, string];
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return { field: path || root, code: 'too_deep', message: `nested deeper than ${limit} levels` };
    for (const key of Object.keys(node)) {
      const field = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return { field, code: 'unknown_field', message: `property ${key} should not exist` };
      stack.push([(node as Record<string, unknown>)[key], depth + 1, field]);
    }
  }
  return undefined;
}

/**
 * The same check on every JSON body before guards run, for the few routes that read the body
 * before the validation pipe (sign-in's guard transforms its DTO itself).
 */
export function refuseUnsafeBodies(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (request, _reply, done) => {
    const problem = unsafeShape(request.body, 'body');
    if (problem) return done(new DomainError('validation_failed', 'The request has invalid fields.', [problem]));
    if (typeof request.body === 'object' && request.body !== null) checkedBodies.add(request.body);
    done();
  });
}

/** Bodies refuseUnsafeBodies found safe (unchanged since: the pipes come after it). */
const checkedBodies = new WeakSet<object>();

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
