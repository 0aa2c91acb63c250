import { Global, Module } from '@nestjs/common';
import { AccessAlertService } from './access-alert.service';
import { AlertsController } from './alerts.controller';
import { AlertsService } from './alerts.service';

/** Alerts for supervisors. Global so the case-open path can report opens without an import cycle. */
@Global()
@Module({
  controllers: [AlertsController],
  providers: [AlertsService, AccessAlertService],
  exports: [AccessAlertService],
})
export class AlertsModule {}
