import { Injectable } from '@nestjs/common';
import { AuditService } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type { AutoClosedCase } from '@leidraad/shared/domain';
import { AUTO_CLOSED_DAYS, AUTO_CLOSED_SQL } from './auto-closed.sql';
import { HelplineDatabase, rows } from '@leidraad/api/core';

interface AutoClosedRow {
  id: string;
  code: string;
  closed_at: Date;
  last_contact_at: Date | null;
  assignee_id: string;
  assignee_name: string;
}

/** The cases the retention job closed for inactivity lately: for supervisors, first on Overzicht. */
@Injectable()
export class AutoClosedService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
  ) {}

  async list(staff: RequestStaff): Promise<AutoClosedCase[]> {
    const scope = this.db.scope(staff);
    const found = await rows<AutoClosedRow>(scope, AUTO_CLOSED_SQL.with({ autoClosedDays: AUTO_CLOSED_DAYS }));
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'supervision.auto_closed',
      entityType: 'case',
      outcome: 'success',
      reason: `${found.length} cases closed automatically in ${AUTO_CLOSED_DAYS} days`,
    });
    return found.map((row) => ({
      id: row.id,
      code: formatCaseCode(row.code),
      closedAt: row.closed_at.toISOString(),
      lastContactAt: row.last_contact_at?.toISOString() ?? null,
      assignee: { id: row.assignee_id, displayName: row.assignee_name },
    }));
  }
}
