import { Controller, Get, SetMetadata } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { DATABASE_RETRY_AFTER_SECONDS } from '../http/problem-details.filter';

/** Same key as `@Public()` in the auth library, which core cannot import. */
const PUBLIC = SetMetadata('leidraad:public', true);
const TIMEOUT_MS = 2000;

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @PUBLIC
  @Get()
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  @ApiServiceUnavailableResponse({ description: 'The database is not reachable.' })
  async check(): Promise<{ status: 'ok' }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
    });
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
      return { status: 'ok' };
    } catch {
      throw new DomainError('database_unavailable', 'The database is not reachable.', undefined, {
        retryAfter: DATABASE_RETRY_AFTER_SECONDS,
      });
    } finally {
      clearTimeout(timer);
    }
  }
}
