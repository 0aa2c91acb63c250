import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { publishRiskFlagEvent } from '@leidraad/api/alerts';
import { AuditService, inTransaction, Refusal } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { type CaseAccess, CaseAccessService } from '@leidraad/api/case-access';
import { assertVersion, assignCase, moveDrafts } from '@leidraad/api/cases';
import { DomainError, FieldCipher, HelplineDatabase, place, rows, sql } from '@leidraad/api/core';
import type { CaseReassignmentView, CaseReviewState, RiskFlag } from '@leidraad/shared/domain';
import { alreadyDone, notFoundOrNoAccess } from '../common/refusals';
import type { ReassignCaseDto } from './case-review.dto';
import { toReviewState, type FlagRow, type ReviewRow } from './case-review.mapper';
import { ACTIVE_FLAGS_SQL, LOCK_ACTIVE_FLAG_SQL, RECIPIENT_SQL, REVIEWS_SQL, STAFF_NAME_SQL } from './case-review.sql';

interface StaffRow {
  display_name: string;
  role: string;
  active: boolean;
}

const INSERT_CASE_REVIEW_SQL = sql<{ caseId: string; staffId: string }>(
  `INSERT INTO case_review (case_id, reviewed_by) VALUES (:caseId, :staffId) RETURNING id`,
);

const INSERT_CASE_REASSIGNMENT_SQL = sql<{
  reassignmentId: string;
  caseId: string;
  fromStaffId: string;
  toStaffId: string;
  staffId: string;
  reason: Buffer;
}>(`INSERT INTO case_reassignment (id, case_id, from_staff_id, to_staff_id, reassigned_by, reason)
         VALUES (:reassignmentId, :caseId, :fromStaffId, :toStaffId, :staffId, :reason) RETURNING id, created_at`);

const INSERT_RISK_FLAG_ACKNOWLEDGEMENT_SQL = sql<{
  riskFlagId: string;
  staffId: string;
}>(`INSERT INTO risk_flag_acknowledgement (risk_flag_id, acknowledged_by) VALUES (:riskFlagId, :staffId)
         ON CONFLICT (risk_flag_id) DO NOTHING RETURNING risk_flag_id`);

/**
 * A supervisor's review of a case: "reviewed" marks (history kept), reassignment to another
 * counsellor (optimistic version, like every case write) and acknowledgement of risk flags.
 */
@Injectable()
export class CaseReviewService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccessService,
  ) {}

  /** Last reviewed, the review history and the active flags with their acknowledgement. */
  async state(staff: RequestStaff, caseId: string): Promise<CaseReviewState> {
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const found = await this.access.require(staff, caseId, 'case_review.read', { manager });
      await this.audit.record(found.event('case_review.read'), manager);
      return this.load(manager, found);
    });
  }

  async markReviewed(staff: RequestStaff, caseId: string): Promise<CaseReviewState> {
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const found = await this.access.require(staff, caseId, 'case.review', { manager });
      const [{ id }] = await rows<{ id: string }>(manager, INSERT_CASE_REVIEW_SQL.with({ caseId, staffId: staff.id }));
      await this.audit.record(found.event('case.review', { entityType: 'case_review', entityId: id }), manager);
      return this.load(manager, found);
    });
  }

  /**
   * Moves the case to another active counsellor. The previous assignee's draft contacts move
   * with it (like a handover), so no draft is left where nobody can finish it.
   */
  async reassign(staff: RequestStaff, caseId: string, input: ReassignCaseDto): Promise<CaseReassignmentView> {
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const access = await this.access.require(staff, caseId, 'case.reassign', { manager, lock: true });
      await assertVersion(manager, access, input.version, 'case.reassign');
      const current = access.row;
      const [recipient] = await rows<StaffRow>(manager, RECIPIENT_SQL.with({ toStaffId: input.toStaffId, helplineId: staff.helplineId }));
      if (!recipient || recipient.role !== 'counsellor' || !recipient.active) {
        throw invalidRecipient('toStaffId must be an active counsellor');
      }
      if (input.toStaffId === current.assignee_id) throw invalidRecipient('the case is already assigned to this counsellor');
      const [previous] = await rows<StaffRow>(manager, STAFF_NAME_SQL.with({ toStaffId: current.assignee_id }));

      const move = { caseId, fromStaffId: current.assignee_id, toStaffId: input.toStaffId };
      const moved = await moveDrafts(manager, move);
      const reassignmentId = randomUUID();
      const [reassignment] = await rows<{ id: string; created_at: Date }>(
        manager,
        INSERT_CASE_REASSIGNMENT_SQL.with({
          reassignmentId,
          caseId,
          fromStaffId: current.assignee_id,
          toStaffId: input.toStaffId,
          staffId: staff.id,
          reason: this.cipher.encrypt(input.reason, place('case_reassignment', 'reason', reassignmentId)),
        }),
      );
      const caseVersion = await assignCase(manager, move, staff.id);
      const caseCode = access.caseCode;
      await this.audit.record(
        access.event('case.reassign', {
          entityType: 'case_reassignment',
          entityId: reassignment.id,
          reason: `from ${current.assignee_id} to ${input.toStaffId}; ${moved.length} draft contact(s)`,
        }),
        manager,
      );
      return {
        id: reassignment.id,
        caseId,
        caseCode,
        from: { id: current.assignee_id, displayName: previous?.display_name ?? '' },
        to: { id: input.toStaffId, displayName: recipient.display_name },
        reassignedBy: { id: staff.id, displayName: staff.displayName },
        reason: input.reason,
        createdAt: reassignment.created_at.toISOString(),
        caseVersion,
      };
    });
  }

  /** Acknowledges the active row of one flag: 404 when the flag is not set, 409 when acknowledged already. */
  async acknowledgeFlag(staff: RequestStaff, caseId: string, flag: RiskFlag): Promise<CaseReviewState> {
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const found = await this.access.require(staff, caseId, 'risk_flag.acknowledge', { manager });
      const event = (fields: { entityId: string; outcome?: 'failure'; reason: string }) =>
        found.event('risk_flag.acknowledge', { entityType: 'case_risk_flag', ...fields });
      const [active] = await rows<{ id: string }>(manager, LOCK_ACTIVE_FLAG_SQL.with({ caseId, flag }));
      if (!active) {
        throw new Refusal(notFoundOrNoAccess('risk flag'), event({ entityId: caseId, outcome: 'failure', reason: `${flag} is not set` }));
      }
      const inserted = await rows<{ risk_flag_id: string }>(
        manager,
        INSERT_RISK_FLAG_ACKNOWLEDGEMENT_SQL.with({ riskFlagId: active.id, staffId: staff.id }),
      );
      if (inserted.length === 0) {
        throw new Refusal(
          alreadyDone('This risk flag was acknowledged already.'),
          event({ entityId: active.id, outcome: 'failure', reason: `${flag} acknowledged already` }),
        );
      }
      await this.audit.record(event({ entityId: active.id, reason: flag }), manager);
      await publishRiskFlagEvent(manager, flag, { helplineId: staff.helplineId, kind: 'risk-flag-acknowledged', riskFlagId: active.id });
      return this.load(manager, found);
    });
  }

  private async load(manager: EntityManager, access: CaseAccess): Promise<CaseReviewState> {
    const found = access.row;
    // One after the other: the statements share the transaction's connection.
    const reviews = await rows<ReviewRow>(manager, REVIEWS_SQL.with({ caseId: found.id }));
    const flags = await rows<FlagRow>(manager, ACTIVE_FLAGS_SQL.with({ caseId: found.id }));
    const [assignee] = await rows<StaffRow>(manager, STAFF_NAME_SQL.with({ toStaffId: found.assignee_id }));
    return toReviewState(
      { id: found.id, code: found.code, version: found.version },
      { id: found.assignee_id, displayName: assignee?.display_name ?? '' },
      reviews,
      flags,
    );
  }
}

function invalidRecipient(message: string): DomainError {
  return new DomainError('validation_failed', 'The case cannot be reassigned to this staff member.', [
    { field: 'toStaffId', code: 'invalid_recipient', message },
  ]);
}
