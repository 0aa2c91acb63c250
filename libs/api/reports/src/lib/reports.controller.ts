import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentStaff, Roles, type RequestStaff } from '@leidraad/api/auth';
import { DomainError, RequireStepUp } from '@leidraad/api/core';
import { parseReportKind } from './report-period';
import { ReportQueryDto } from './reports.dto';
import { ReportsService } from './reports.service';

/** Reports for funders: `GET /api/reports/{month|quarter|year}.{csv|xlsx}?year=2026&month=11` (or `&quarter=3`). */
@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get(':report')
  @Roles('supervisor')
  @RequireStepUp()
  @ApiOperation({
    summary: 'A monthly, quarterly or yearly report of an ended period as CSV (UTF-8 with BOM, `;`) or XLSX',
    description:
      'Aggregates only, suppressed as one set with the trends: `<5` for 1–4, `verborgen`/`hidden` for a count hidden to protect another; never a row per case. Audited as `report.download`.',
  })
  @ApiParam({ name: 'report', enum: ['month.csv', 'month.xlsx', 'quarter.csv', 'quarter.xlsx', 'year.csv', 'year.xlsx'] })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The report as an attachment.' })
  @ApiForbiddenResponse({ description: 'Only supervisors.' })
  async download(
    @Param('report') report: string,
    @Query() query: ReportQueryDto,
    @CurrentStaff() staff: RequestStaff,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const kind = parseReportKind(report);
    if (!kind) throw new DomainError('not_found', 'No such report: use month, quarter or year, and csv or xlsx.');
    const file = await this.reports.generate(staff, kind, query);
    void reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'no-store');
    return file.body;
  }
}
