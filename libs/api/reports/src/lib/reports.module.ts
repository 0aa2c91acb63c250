import { Module } from '@nestjs/common';
import { SupervisionModule } from '@leidraad/api/supervision';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Monthly, quarterly and yearly reports (issue 7), from the published supervision statistics. */
@Module({
  imports: [SupervisionModule],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
