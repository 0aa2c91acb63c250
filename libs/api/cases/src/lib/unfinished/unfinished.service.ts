import { Injectable } from '@nestjs/common';
import { AuditService } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { accessCondition } from '@leidraad/api/case-access';
import { HelplineDatabase, rows, sql, iso, isoOrNull } from '@leidraad/api/core';
import { sqlFormatCaseCode } from '@leidraad/shared/case-code';
import { UNFINISHED_CONTACT_ALERT_HOURS, UNFINISHED_CONTACTS_LIMIT, type UnfinishedContactList } from '@leidraad/shared/domain';

interface UnfinishedRow {
  id: string;
  case_id: string;
  code: string;
  counsellor_id: string;
  counsellor_name: string;
  channel: UnfinishedContactList['items'][number]['channel'];
  started_at: Date | null;
  updated_at: Date;
  total: number;
}

const COLUMNS = `k.id, k.case_id, ${sqlFormatCaseCode('c.code')} AS code, k.counsellor_id, s.display_name AS counsellor_name,
       k.channel, k.started_at, k.updated_at, count(*) OVER ()::int AS total
  FROM contact k JOIN case_file c ON c.id = k.case_id JOIN staff s ON s.id = k.counsellor_id`;

/** My running contacts (:counsellorId staff, :role role), newest save first: drafts I hold on cases I may still open. */
const MINE_SQL = sql<{ counsellorId: string; role: string }>(`SELECT ${COLUMNS}
 WHERE k.status = 'draft' AND k.counsellor_id = :counsellorId AND ${accessCondition('c', ':counsellorId', ':role')}
 ORDER BY k.updated_at DESC, k.id LIMIT ${UNFINISHED_CONTACTS_LIMIT}`);

/** Everyone's drafts not saved for :olderThanHours hours, oldest first (supervisors). */
const STALE_SQL = sql<{ olderThanHours: number }>(`SELECT ${COLUMNS}
 WHERE k.status = 'draft' AND k.updated_at < now() - make_interval(hours => :olderThanHours::int)
 ORDER BY k.updated_at, k.id LIMIT ${UNFINISHED_CONTACTS_LIMIT}`);

/**
 * Contacts that were started and never finalised (issue 17): a counsellor's own on Vandaag, to
 * pick up with "Hervatten"; everyone's that lie untouched for hours on the supervisor's Overzicht.
 * Only codes, times and names: no note leaves through these lists.
 */
@Injectable()
export class UnfinishedContactsService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
  ) {}

  async mine(staff: RequestStaff): Promise<UnfinishedContactList> {
    const found = await rows<UnfinishedRow>(this.db.scope(staff), MINE_SQL.with({ counsellorId: staff.id, role: staff.role }));
    return this.answer(staff, found, 'mine');
  }

  async stale(staff: RequestStaff, olderThanHours = UNFINISHED_CONTACT_ALERT_HOURS): Promise<UnfinishedContactList> {
    const found = await rows<UnfinishedRow>(this.db.scope(staff), STALE_SQL.with({ olderThanHours }));
    return this.answer(staff, found, `older than ${olderThanHours} h`);
  }

  private async answer(staff: RequestStaff, found: UnfinishedRow[], which: string): Promise<UnfinishedContactList> {
    const list: UnfinishedContactList = {
      items: found.map((row) => ({
        id: row.id,
        caseId: row.case_id,
        caseCode: row.code,
        counsellor: { id: row.counsellor_id, displayName: row.counsellor_name },
        channel: row.channel,
        startedAt: isoOrNull(row.started_at),
        updatedAt: iso(row.updated_at),
      })),
      total: found[0]?.total ?? 0,
    };
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'contact.list_unfinished',
      entityType: 'contact',
      outcome: 'success',
      reason: `${which}: ${list.total} draft contact(s)`,
    });
    return list;
  }
}
