import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlertsModule } from '@leidraad/api/alerts';
import { AppointmentsModule } from '@leidraad/api/appointments';
import { AuditModule } from '@leidraad/api/audit';
import { AuthModule } from '@leidraad/api/auth';
import { CaseAccessModule } from '@leidraad/api/case-access';
import { CasesModule } from '@leidraad/api/cases';
import {
  ConfigModule,
  createValidationPipe,
  HealthController,
  HelplineDatabaseModule,
  ProblemDetailsFilter,
  type AppConfig,
} from '@leidraad/api/core';
import { dataSourceOptions } from '@leidraad/api/database';
import { GuideProgressModule } from '@leidraad/api/guide-progress';
import { SafetyPlansModule } from '@leidraad/api/safety-plans';
import { PeerGroupsModule } from '@leidraad/api/peer-groups';
import { FreeTextPipe, PseudonymisationModule } from '@leidraad/api/pseudonymisation';
import { RetentionModule } from '@leidraad/api/retention';
import { SupervisionModule } from '@leidraad/api/supervision';
import { ReportsModule } from '@leidraad/api/reports';
import { ReviewModule } from '@leidraad/api/review';
import { MIGRATIONS } from '@leidraad/migrations';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: databaseUrl, migrations: MIGRATIONS }),
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        HelplineDatabaseModule,
        AuditModule,
        AuthModule,
        PseudonymisationModule,
        CaseAccessModule,
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
