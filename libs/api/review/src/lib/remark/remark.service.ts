import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, inTransaction, Refusal } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { caseForStaff } from '@leidraad/api/cases';
import { FieldCipher, rows } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type { ReviewRemarkView } from '@leidraad/shared/domain';
import { alreadyDone, notFoundOrNoAccess } from '../common/refusals';
import type { CreateRemarkDto } from './remark.dto';
import { toRemarkView, type RemarkRow } from './remark.mapper';
import { CASE_REMARKS_SQL, LOCK_REMARK_SQL, OPEN_REMARKS_SQL, REMARK_SQL } from './remark.sql';

/**
 * Review remarks: a supervisor writes one on a case for the counsellor assigned to it; that
 * counsellor reads it (on the case page and on Vandaag) and acknowledges it. Remarks are between
 * supervisors and the assignee: a colleague who opened the case by code does not see them.
 */
@Injectable()
export class RemarkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
  ) {}

  async create(staff: RequestStaff, caseId: string, input: CreateRemarkDto): Promise<ReviewRemarkView> {
    return inTransaction(this.dataSource, this.audit, async (manager) => {
      const found = await caseForStaff(manager, staff, caseId, 'review_remark.create');
      const [{ id }] = await rows<{ id: string }>(
        manager,
        `INSERT INTO review_remark (case_id, author_id, addressed_to, text) VALUES ($1, $2, $3, $4) RETURNING id`,
        [caseId, staff.id, found.assignee_id, this.cipher.encrypt(input.text)],
      );
      await this.audit.record(
        {
          staffId: staff.id,
          action: 'review_remark.create',
          entityType: 'review_remark',
          entityId: id,
          caseCode: formatCaseCode(found.code),
          outcome: 'success',
          reason: `to ${found.assignee_id}`,
        },
        manager,
      );
      const [row] = await rows<RemarkRow>(manager, REMARK_SQL, [id]);
      return toRemarkView(row, this.cipher);
    });
  }

  /** Supervisors see the remarks of every case; a counsellor those of the cases assigned to them. */
  async forCase(staff: RequestStaff, caseId: string): Promise<ReviewRemarkView[]> {
    return inTransaction(this.dataSource, this.audit, async (manager) => {
      const found = await caseForStaff(manager, staff, caseId, 'review_remark.read');
      if (staff.role !== 'supervisor' && found.assignee_id !== staff.id) {
        throw new Refusal(notFoundOrNoAccess('case'), {
          staffId: staff.id,
          action: 'review_remark.read',
          entityType: 'case',
          entityId: caseId,
          caseCode: formatCaseCode(found.code),
          outcome: 'denied',
          reason: 'review remarks are for the assigned counsellor',
        });
      }
      const remarks = await rows<RemarkRow>(manager, CASE_REMARKS_SQL, [caseId]);
      await this.audit.record(
        {
          staffId: staff.id,
          action: 'review_remark.read',
          entityType: 'case',
          entityId: caseId,
          caseCode: formatCaseCode(found.code),
          outcome: 'success',
          reason: `${remarks.length} remark(s)`,
        },
        manager,
      );
      return remarks.map((row) => toRemarkView(row, this.cipher));
    });
  }

  /** The remarks addressed to me that I have not acknowledged yet, oldest first (Vandaag). */
  async mine(staff: RequestStaff): Promise<ReviewRemarkView[]> {
    return inTransaction(this.dataSource, this.audit, async (manager) => {
      const remarks = await rows<RemarkRow>(manager, OPEN_REMARKS_SQL, [staff.id]);
      await this.audit.record(
        {
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

  /** Only the addressee acknowledges: anyone else gets 404 (never revealing the remark); twice is 409. */
  async acknowledge(staff: RequestStaff, remarkId: string): Promise<ReviewRemarkView> {
    return inTransaction(this.dataSource, this.audit, async (manager) => {
      const [locked] = await rows<{ id: string; addressed_to: string; acknowledged_at: Date | null; code: string }>(
        manager,
        LOCK_REMARK_SQL,
        [remarkId],
      );
      const event = {
        staffId: staff.id,
        action: 'review_remark.acknowledge',
        entityType: 'review_remark',
        entityId: remarkId,
        caseCode: locked ? formatCaseCode(locked.code) : undefined,
      };
      if (!locked || locked.addressed_to !== staff.id) {
        throw new Refusal(notFoundOrNoAccess('remark'), {
          ...event,
          outcome: locked ? 'denied' : 'failure',
          reason: locked ? 'not the addressee' : 'no such remark',
        });
      }
      if (locked.acknowledged_at) {
        throw new Refusal(alreadyDone('This remark was acknowledged already.'), {
          ...event,
          outcome: 'failure',
          reason: 'already acknowledged',
        });
      }
      await manager.query(`UPDATE review_remark SET acknowledged_at = clock_timestamp() WHERE id = $1`, [remarkId]);
      await this.audit.record({ ...event, outcome: 'success' }, manager);
      const [row] = await rows<RemarkRow>(manager, REMARK_SQL, [remarkId]);
      return toRemarkView(row, this.cipher);
    });
  }
}
