import { Injectable } from '@nestjs/common';
import { AuditService } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { HelplineDatabase, HelplineSettings, rows, sql, type HelplineScope } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type { AttentionItem, AttentionReason, CounsellorLoad, RiskFlag, SupervisionOverview } from '@leidraad/shared/domain';
import { ATTENTION_SQL, ATTENTION_TOTALS_SQL, COUNSELLOR_LOAD_SQL } from './overview.sql';

interface LoadRow {
  week_start: Date;
  id: string;
  display_name: string;
  open_cases: number;
  contacts_this_week: number;
  appointments_this_week: number;
  overdue_follow_ups: number;
  cases_handed_over: number;
  risk_flagged_cases: number;
}

interface AttentionRow {
  reason: AttentionReason;
  case_id: string;
  code: string;
  assignee_id: string;
  assignee_name: string;
  since: Date;
  flag: RiskFlag | null;
}

const WEEK_START_SQL = sql<{ timeZone: string }>(
  `SELECT date_trunc('week', now() AT TIME ZONE :timeZone::text) AT TIME ZONE :timeZone::text AS week_start`,
);

/** `GET /api/supervision/overview`: caseload per counsellor and the attention queue (exact, staff-level numbers). */
@Injectable()
export class OverviewService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly settings: HelplineSettings,
    private readonly audit: AuditService,
  ) {}

  async overview(staff: RequestStaff): Promise<SupervisionOverview> {
    const scope = this.db.scope(staff);
    const [{ stalledAfterDays: days }, timeZone] = await Promise.all([this.settings.of(scope), this.settings.timeZone(scope)]);
    const [loads, attention, [totals]] = await Promise.all([
      rows<LoadRow>(scope, COUNSELLOR_LOAD_SQL.with({ helplineId: scope.helplineId, timeZone })),
      rows<AttentionRow>(scope, ATTENTION_SQL.with({ stalledAfterDays: days, timeZone })),
      rows<Record<AttentionReason, number>>(scope, ATTENTION_TOTALS_SQL.with({ stalledAfterDays: days, timeZone })),
    ]);
    const weekStart = loads[0]?.week_start ?? (await this.weekStart(scope, timeZone));
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'supervision.overview',
      entityType: 'supervision',
      outcome: 'success',
    });
    return {
      weekStart: weekStart.toISOString(),
      counsellors: loads.map(toLoad),
      attention: attention.map(toAttention),
      attentionTotals: totals,
      stalledAfterDays: days,
    };
  }

  private async weekStart(scope: HelplineScope, timeZone: string): Promise<Date> {
    const [row] = await rows<{ week_start: Date }>(scope, WEEK_START_SQL.with({ timeZone }));
    return row.week_start;
  }
}

function toLoad(row: LoadRow): CounsellorLoad {
  return {
    counsellor: { id: row.id, displayName: row.display_name },
    openCases: row.open_cases,
    contactsThisWeek: row.contacts_this_week,
    appointmentsThisWeek: row.appointments_this_week,
    overdueFollowUps: row.overdue_follow_ups,
    casesHandedOver: row.cases_handed_over,
    riskFlaggedCases: row.risk_flagged_cases,
  };
}

function toAttention(row: AttentionRow): AttentionItem {
  const item: AttentionItem = {
    caseId: row.case_id,
    caseCode: formatCaseCode(row.code),
    assignee: { id: row.assignee_id, displayName: row.assignee_name },
    reason: row.reason,
    since: row.since.toISOString(),
  };
  if (row.flag) item.flag = row.flag;
  return item;
}
