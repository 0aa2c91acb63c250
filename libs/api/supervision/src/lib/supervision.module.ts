import { Module } from '@nestjs/common';
import { AutoClosedController } from './auto-closed/auto-closed.controller';
import { AutoClosedService } from './auto-closed/auto-closed.service';
import { OverviewService } from './overview.service';
import { StatisticsService } from './statistics.service';
import { SupervisionController } from './supervision.controller';
import { TrendsService } from './trends.service';

/** Supervision aggregates (issue 7). Exports `StatisticsService` (the published, suppressed figures) for the reports. */
@Module({
  controllers: [SupervisionController, AutoClosedController],
  providers: [StatisticsService, OverviewService, TrendsService, AutoClosedService],
  exports: [StatisticsService],
})
export class SupervisionModule {}
