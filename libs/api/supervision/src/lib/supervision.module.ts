import { Module } from '@nestjs/common';
import { OverviewService } from './overview.service';
import { SupervisionAggregates } from './supervision-aggregates.service';
import { SupervisionController } from './supervision.controller';
import { TrendsService } from './trends.service';

/** Supervision aggregates (issue 7). Exports `SupervisionAggregates` for the reports. */
@Module({
  controllers: [SupervisionController],
  providers: [SupervisionAggregates, OverviewService, TrendsService],
  exports: [SupervisionAggregates],
})
export class SupervisionModule {}
