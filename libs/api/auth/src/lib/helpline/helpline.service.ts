import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, rows, sql } from '@leidraad/api/core';
import { AuditService, inTransaction, Refusal } from '@leidraad/api/audit';
import type { HelplineMembership } from '@leidraad/shared/domain';
import type { RequestStaff } from '../session/request-staff';

const MY_HELPLINES_SQL = sql<{ staffId: string; current: string }>(
  `SELECT h.id, h.name, h.language, h.id = :current::uuid AS current
     FROM helpline_member m JOIN helpline h ON h.id = m.helpline_id
    WHERE m.staff_id = :staffId ORDER BY h.name, h.id`,
);

/** Moves the session to helpline :helplineId if its staff member works there; answers the session's id. */
const SWITCH_SQL = sql<{ sessionId: string; staffId: string; helplineId: string }>(
  `UPDATE staff_session s SET helpline_id = :helplineId
    WHERE s.id = :sessionId
      AND EXISTS (SELECT 1 FROM helpline_member m WHERE m.staff_id = :staffId AND m.helpline_id = :helplineId)
   RETURNING s.id`,
);

/** The helplines a staff member works in, and which one their session works in (docs/tenancy.md). */
@Injectable()
export class HelplineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async mine(staff: RequestStaff): Promise<HelplineMembership[]> {
    return rows<HelplineMembership>(this.dataSource, MY_HELPLINES_SQL.with({ staffId: staff.id, current: staff.helplineId }));
  }

  /**
   * The session works in `helplineId` from its next request on. A helpline one is not a member of
   * gets the same answer as one that does not exist.
   */
  async switchTo(staff: RequestStaff, helplineId: string): Promise<HelplineMembership[]> {
    const event = { staffId: staff.id, action: 'session.switch_helpline', entityType: 'helpline', entityId: helplineId } as const;
    await inTransaction(this.dataSource, this.audit, async (manager) => {
      const [moved] = await rows(manager, SWITCH_SQL.with({ sessionId: staff.sessionId, staffId: staff.id, helplineId }));
      if (!moved) throw new Refusal(new DomainError('not_found', 'No such helpline.'), { ...event, outcome: 'denied' });
      await this.audit.record({ ...event, outcome: 'success' }, manager);
    });
    return this.mine({ ...staff, helplineId });
  }
}
