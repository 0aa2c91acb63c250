import { Injectable } from '@nestjs/common';
import { AuditService } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { DomainError } from '@leidraad/api/core';
import { helplineToday } from '@leidraad/shared/domain';
import { toCsv } from './csv-writer';
import { ReportFiguresService } from './report-figures.service';
import { REPORT_LABELS } from './report-labels';
import { REPORT_CONTENT_TYPES, reportFileName, reportRange, type ReportKind } from './report-period';
import { reportRows } from './report-rows';
import type { ReportQueryDto } from './reports.dto';
import { toXlsx } from './xlsx-writer';

export interface ReportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}


/** Monthly and yearly reports for funders: suppressed aggregates only, generated on request and audited. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly figures: ReportFiguresService,
    private readonly audit: AuditService,
  ) {}

  async generate(staff: RequestStaff, kind: ReportKind, query: ReportQueryDto): Promise<ReportFile> {
    if (kind.period === 'month' && query.month === undefined) {
      throw new DomainError('validation_failed', 'A monthly report needs a month.', [
        { field: 'month', code: 'isDefined', message: 'month is required for a monthly report' },
      ]);
    }
    const lang = query.lang ?? 'nl';
    const range = reportRange(kind.period, query.year, query.month);
    const sheet = reportRows(await this.figures.figures(range), REPORT_LABELS[lang], range, helplineToday());
    await this.audit.record({
      staffId: staff.id,
      action: 'report.download',
      entityType: 'report',
      entityId: `${kind.period}:${range.label}`,
      outcome: 'success',
      reason: kind.format,
    });
    const fileName = reportFileName(range, kind.format, lang);
    const body = kind.format === 'csv' ? toCsv(sheet.rows) : toXlsx(fileName.replace(/\.xlsx$/, ''), sheet.rows, sheet.headerRows);
    return { fileName, contentType: REPORT_CONTENT_TYPES[kind.format], body };
  }
}
