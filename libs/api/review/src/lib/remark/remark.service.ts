import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService, inTransaction, Refusal } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { CaseAccessService } from '@leidraad/api/case-access';
import { FieldCipher, HelplineDatabase, place, rows, sql } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type { ReviewRemarkView } from '@leidraad/shared/domain';
import { alreadyDone, notFoundOrNoAccess } from '../common/refusals';
import type { CreateRemarkDto } from './remark.dto';
import { toRemarkView, type RemarkRow } from './remark.mapper';
import { CASE_REMARKS_SQL, LOCK_REMARK_SQL, OPEN_REMARKS_SQL, REMARK_SQL } from './remark.sql';

const INSERT_REVIEW_REMARK_SQL = sql<{ remarkId: string; caseId: string; authorId: string; assigneeId: string; text: Buffer }>(
  `INSERT INTO review_remark (id, case_id, author_id, addressed_to, text) VALUES (:remarkId, :caseId, :authorId, :assigneeId, :text) RETURNING id`,
);

const UPDATE_REVIEW_REMARK_SQL = sql<{ remarkId: string }>(
  `UPDATE review_remark SET acknowledged_at = clock_timestamp() WHERE id = :remarkId`,
);

/**
 * Review remarks: a supervisor writes one on a case for the counsellor assigned to it; that
 * counsellor reads it (on the case page and on Vandaag) and acknowledges it. Remarks are between
 * supervisors and the case's current assignee: a colleague who opened the case by code does not
 * see them, and neither does its former counsellor once the case is reassigned (the new one does).
 */
@Injectable()
export class RemarkService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccessService,
  ) {}

  async create(staff: RequestStaff, caseId: string, input: CreateRemarkDto): Promise<ReviewRemarkView> {
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const found = await this.access.require(staff, caseId, 'review_remark.create', { manager });
      const assigneeId = found.row.assignee_id;
      const remarkId = randomUUID();
      const [{ id }] = await rows<{ id: string }>(
        manager,
        INSERT_REVIEW_REMARK_SQL.with({
          remarkId,
          caseId,
          authorId: staff.id,
          assigneeId,
          text: this.cipher.encrypt(input.text, place('review_remark', 'text', remarkId)),
        }),
      );
      await this.audit.record(
        found.event('review_remark.create', { entityType: 'review_remark', entityId: id, reason: `to ${assigneeId}` }),
        manager,
      );
      const [row] = await rows<RemarkRow>(manager, REMARK_SQL.with({ id }));
      return toRemarkView(row, this.cipher);
    });
  }

  /** Supervisors see the remarks of every case; a counsellor those of the cases assigned to them. */
  async forCase(staff: RequestStaff, caseId: string): Promise<ReviewRemarkView[]> {
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const found = await this.access.require(staff, caseId, 'review_remark.read', { manager });
      if (!found.mayManage) {
        throw new Refusal(
          notFoundOrNoAccess('case'),
          found.event('review_remark.read', { outcome: 'denied', reason: 'review remarks are for the assigned counsellor' }),
        );
      }
      const remarks = await rows<RemarkRow>(manager, CASE_REMARKS_SQL.with({ caseId }));
      await this.audit.record(found.event('review_remark.read', { reason: `${remarks.length} remark(s)` }), manager);
      return remarks.map((row) => toRemarkView(row, this.cipher));
    });
  }

  /** The unacknowledged remarks on the cases assigned to me, oldest first (Vandaag). */
  async mine(staff: RequestStaff): Promise<ReviewRemarkView[]> {
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const remarks = await rows<RemarkRow>(manager, OPEN_REMARKS_SQL.with({ assigneeId: staff.id }));
      await this.audit.record(
        {
          helplineId: staff.helplineId,
          staffId: staff.id,
          action: 'review_remark.read_mine',
          entityType: 'review_remark',
          outcome: 'success',
          reason: `${remarks.length} open remark(s)`,
        },
        manager,
      );
      return remarks.map((row) => toRemarkView(row, this.cipher));
    });
  }

  /** Only the case's assignee acknowledges: anyone else gets 404 (never revealing the remark); twice is 409. */
  async acknowledge(staff: RequestStaff, remarkId: string): Promise<ReviewRemarkView> {
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const [locked] = await rows<{ id: string; assignee_id: string; acknowledged_at: Date | null; code: string }>(
        manager,
        LOCK_REMARK_SQL.with({ remarkId }),
      );
      const event = {
        helplineId: staff.helplineId,
        staffId: staff.id,
        action: 'review_remark.acknowledge',
        entityType: 'review_remark',
        entityId: remarkId,
        caseCode: locked ? formatCaseCode(locked.code) : undefined,
      };
      if (!locked || locked.assignee_id !== staff.id) {
        throw new Refusal(notFoundOrNoAccess('remark'), {
          ...event,
          outcome: locked ? 'denied' : 'failure',
          reason: locked ? 'not assigned to the case' : 'no such remark',
        });
      }
      if (locked.acknowledged_at) {
        throw new Refusal(alreadyDone('This remark was acknowledged already.'), {
          ...event,
          outcome: 'failure',
          reason: 'already acknowledged',
        });
      }
      await rows(manager, UPDATE_REVIEW_REMARK_SQL.with({ remarkId }));
      await this.audit.record({ ...event, outcome: 'success' }, manager);
      const [row] = await rows<RemarkRow>(manager, REMARK_SQL.with({ id: remarkId }));
      return toRemarkView(row, this.cipher);
    });
  }
}
