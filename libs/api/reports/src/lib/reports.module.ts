import { Module } from '@nestjs/common';
import { SupervisionModule } from '@leidraad/api/supervision';
import { ReportFiguresService } from './report-figures.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Monthly and yearly reports (issue 7), from the supervision aggregates. */
@Module({
  imports: [SupervisionModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportFiguresService],
})
export class ReportsModule {}
