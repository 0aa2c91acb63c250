import { Global, Module } from '@nestjs/common';
import { AccessAlertService } from './access-alert.service';
import { AlertsController } from './alerts.controller';
import { AlertsService } from './alerts.service';
import { LiveEventListener } from './live/live-event-listener';
import { LiveEventsController } from './live/live-events.controller';
import { LiveEventsService } from './live/live-events.service';
import { LiveStreamHub } from './live/live-stream-hub';

/** Alerts for supervisors, and their live stream (`GET /api/events`). Global so the case-open path can report opens without an import cycle. */
@Global()
@Module({
  controllers: [AlertsController, LiveEventsController],
  providers: [AlertsService, AccessAlertService, LiveStreamHub, LiveEventListener, LiveEventsService],
  exports: [AccessAlertService],
})
export class AlertsModule {}
