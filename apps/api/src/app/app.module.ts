import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity, AuditModule } from '@leidraad/api/audit';
import { AUTH_ENTITIES, AuthModule } from '@leidraad/api/auth';
import {
  ConfigModule,
  createValidationPipe,
  HealthController,
  ProblemDetailsFilter,
  type AppConfig,
} from '@leidraad/api/core';
import { dataSourceOptions } from '@leidraad/api/database';
import { MIGRATIONS } from '@leidraad/migrations';

export const ENTITIES = [...AUTH_ENTITIES, AuditEventEntity];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: databaseUrl, entities: ENTITIES, migrations: MIGRATIONS }),
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        AuditModule,
        AuthModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
