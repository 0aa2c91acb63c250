import { Injectable } from '@nestjs/common';
import { AuditService } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { DomainError, HelplineDatabase } from '@leidraad/api/core';
import { StatisticsService } from '@leidraad/api/supervision';
import { toCsv } from './csv-writer';
import { REPORT_LABELS } from './report-labels';
import { REPORT_CONTENT_TYPES, reportFileName, reportPeriodLabel, type ReportKind } from './report-period';
import { reportRows } from './report-rows';
import type { ReportQueryDto } from './reports.dto';
import { toXlsx } from './xlsx-writer';

export interface ReportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** Monthly, quarterly and yearly reports for funders: the published (suppressed) statistics only, generated on request and audited. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly audit: AuditService,
    private readonly db: HelplineDatabase,
  ) {}

  async generate(staff: RequestStaff, kind: ReportKind, query: ReportQueryDto): Promise<ReportFile> {
    for (const part of ['month', 'quarter'] as const) {
      if (kind.period === part && query[part] === undefined) {
        throw new DomainError('validation_failed', `A ${part}ly report needs a ${part}.`, [
          { field: part, code: 'isDefined', message: `${part} is required for a ${part}ly report` },
        ]);
      }
    }
    const lang = query.lang ?? 'nl';
    const period = await this.statistics.period(
      staff,
      reportPeriodLabel(kind.period, query.year, query.month, query.quarter),
      kind.period === 'year' ? 'year' : kind.period,
    );
    const sheet = reportRows(
      await this.statistics.published(staff, period),
      REPORT_LABELS[lang],
      period,
      await this.statistics.today(staff),
    );
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'report.download',
      entityType: 'report',
      entityId: `${kind.period}:${period.label}`,
      outcome: 'success',
      reason: kind.format,
    });
    const fileName = reportFileName(period, kind.format, lang);
    const body = kind.format === 'csv' ? toCsv(sheet.rows) : toXlsx(fileName.replace(/\.xlsx$/, ''), sheet.rows, sheet.headerRows);
    return { fileName, contentType: REPORT_CONTENT_TYPES[kind.format], body };
  }
}
