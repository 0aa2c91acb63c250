import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { DomainError, flatten } from '@leidraad/api/core';
import { LoginDto } from './login.dto';

/**
 * passport-local behind a DTO check: a malformed body gets a 400 naming the field, before
 * passport would answer it with a bare "missing credentials".
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body = context.switchToHttp().getRequest<FastifyRequest>().body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new DomainError('validation_failed', 'The request has invalid fields.', [
        { field: 'body', code: 'isObject', message: 'the body must be a JSON object' },
      ]);
    }
    const dto = plainToInstance(LoginDto, body);
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) {
      throw new DomainError('validation_failed', 'The request has invalid fields.', flatten(errors));
    }
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, staff: T): T {
    if (error) throw error;
    if (!staff) throw new DomainError('invalid_credentials', 'Unknown username or wrong password.');
    return staff;
  }
}
