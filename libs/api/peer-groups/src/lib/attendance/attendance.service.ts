import { Injectable } from '@nestjs/common';
import { type AuditRecord, auditRefusals, AuditService, Refusal } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { DomainError, HelplineDatabase, rows, sql } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type { FieldError, PeerGroupView } from '@leidraad/shared/domain';
import { notFoundOrNoAccess } from '../common/refusals';
import { GroupService } from '../group/group.service';
import type { AttendanceEntryDto } from './attendance.dto';

const GROUP_FOR_SHARE_SQL = sql<{ groupId: string }>(`SELECT id FROM peer_group WHERE id = :groupId FOR SHARE`);

const ENROLLED_SQL = sql<{ groupId: string }>(`SELECT r.id, c.code FROM peer_referral r JOIN case_file c ON c.id = r.case_id
            WHERE r.group_id = :groupId AND r.status = 'enrolled' FOR SHARE OF r`);

const INSERT_PEER_ATTENDANCE_SQL = sql<{
  referralId: string;
  meeting: number;
  status: string;
  staffId: string;
}>(`INSERT INTO peer_attendance (referral_id, meeting, status, recorded_by) VALUES (:referralId, :meeting, :status, :staffId)
             ON CONFLICT (referral_id, meeting) DO UPDATE
               SET status = excluded.status, recorded_by = excluded.recorded_by, recorded_at = now()`);

/** Attendance per meeting of the cases enrolled in a group. */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
    private readonly groups: GroupService,
  ) {}

  /** Records (or corrects) attendance; every entry must be a case enrolled in this group. */
  async record(staff: RequestStaff, groupId: string, entries: readonly AttendanceEntryDto[]): Promise<PeerGroupView> {
    const event: AuditRecord = {
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'peer_attendance.update',
      entityType: 'peer_group',
      entityId: groupId,
      outcome: 'failure',
    };
    return auditRefusals(this.audit, () =>
      this.db.scope(staff).transaction(async (manager) => {
        const [group]: unknown[] = await rows(manager, GROUP_FOR_SHARE_SQL.with({ groupId }));
        if (!group) throw new Refusal(notFoundOrNoAccess('group'), { ...event, reason: 'no such group' });
        const enrolled: { id: string; code: string }[] = await rows(manager, ENROLLED_SQL.with({ groupId }));
        const codes = new Map(enrolled.map((row) => [row.id, formatCaseCode(row.code)]));
        const errors: FieldError[] = entries.flatMap((entry, index) =>
          codes.has(entry.referralId)
            ? []
            : [{ field: `entries[${index}].referralId`, code: 'not_enrolled', message: 'not a case enrolled in this group' }],
        );
        if (errors.length > 0) {
          throw new Refusal(new DomainError('unprocessable', 'Attendance can only be recorded for cases enrolled in this group.', errors), {
            ...event,
            reason: 'referral not enrolled in group',
          });
        }
        for (const entry of entries) {
          await rows(
            manager,
            INSERT_PEER_ATTENDANCE_SQL.with({
              referralId: entry.referralId,
              meeting: entry.meeting,
              status: entry.status,
              staffId: staff.id,
            }),
          );
        }
        // One event per case touched, so each case's audit trail shows it.
        for (const referralId of new Set(entries.map((entry) => entry.referralId))) {
          const meetings = entries.filter((entry) => entry.referralId === referralId).map((entry) => `${entry.meeting}:${entry.status}`);
          await this.audit.record(
            {
              ...event,
              entityType: 'peer_referral',
              entityId: referralId,
              caseCode: codes.get(referralId),
              outcome: 'success',
              reason: `group ${groupId} ${meetings.join(' ')}`,
            },
            manager,
          );
        }
        return (await this.groups.view(manager, groupId)) as PeerGroupView;
      }),
    );
  }
}
