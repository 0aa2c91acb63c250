import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlertsModule, StaffAlertEntity } from '@leidraad/api/alerts';
import { APPOINTMENTS_ENTITIES, AppointmentsModule } from '@leidraad/api/appointments';
import { AuditEventEntity, AuditModule } from '@leidraad/api/audit';
import { AUTH_ENTITIES, AuthModule } from '@leidraad/api/auth';
import { CASES_ENTITIES, CasesModule } from '@leidraad/api/cases';
import {
  ConfigModule,
  createValidationPipe,
  HealthController,
  ProblemDetailsFilter,
  type AppConfig,
} from '@leidraad/api/core';
import { dataSourceOptions } from '@leidraad/api/database';
import { GUIDE_PROGRESS_ENTITIES, GuideProgressModule } from '@leidraad/api/guide-progress';
import { SAFETY_PLAN_ENTITIES, SafetyPlansModule } from '@leidraad/api/safety-plans';
import { PEER_GROUPS_ENTITIES, PeerGroupsModule } from '@leidraad/api/peer-groups';
import { FreeTextPipe, PseudonymisationModule } from '@leidraad/api/pseudonymisation';
import { AuditPruneCheckpointEntity, RetentionModule } from '@leidraad/api/retention';
import { SupervisionModule } from '@leidraad/api/supervision';
import { ReportsModule } from '@leidraad/api/reports';
import { REVIEW_ENTITIES, ReviewModule } from '@leidraad/api/review';
import { MIGRATIONS } from '@leidraad/migrations';

export const ENTITIES = [...AUTH_ENTITIES, AuditEventEntity, ...CASES_ENTITIES, ...GUIDE_PROGRESS_ENTITIES, StaffAlertEntity, AuditPruneCheckpointEntity, ...APPOINTMENTS_ENTITIES, ...PEER_GROUPS_ENTITIES, ...SAFETY_PLAN_ENTITIES, ...REVIEW_ENTITIES];

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
        PseudonymisationModule,
        CasesModule,
        GuideProgressModule,
        SafetyPlansModule,
        AlertsModule,
        RetentionModule,
        AppointmentsModule,
        PeerGroupsModule,
        SupervisionModule,
        ReportsModule,
        ReviewModule,
      ],
      controllers: [HealthController],
      providers: [
        // In this order: validation makes DTO instances, then free text is checked for identifiers.
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_PIPE, useClass: FreeTextPipe },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
