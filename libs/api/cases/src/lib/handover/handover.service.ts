import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AuditService, inTransaction, Refusal } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { accessCondition, CaseAccessService, type CaseRow } from '@leidraad/api/case-access';
import { DomainError, FieldCipher, HelplineDatabase, memberRole, place, rows, sql } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type { CaseHandedOver, HandoverAppointmentCheck, HandoverView } from '@leidraad/shared/domain';
import { assignCase, moveDrafts } from '../case/case-assignee';
import { assertVersion } from '../case/case-version';
import { notFound } from '../common/refusal';
import { comingAppointments, doubleBooking, moveAppointments } from './handover-appointments';
import type { CreateHandoverDto } from './handover.dto';

const INSERT_CASE_HANDOVER_SQL = sql<{
  handoverId: string;
  caseId: string;
  fromStaffId: string;
  toStaffId: string;
  note: Buffer;
  draftContactIds: string[];
}>(`INSERT INTO case_handover (id, case_id, from_staff_id, to_staff_id, note, contact_ids)
         VALUES (:handoverId, :caseId, :fromStaffId, :toStaffId, :note, :draftContactIds) RETURNING id, created_at`);

/**
 * Staff member :toStaffId as a recipient, with their role in helpline :helplineId, if they work there
 * (staff accounts are installation-wide; someone of another helpline could never see the case there).
 */
const RECIPIENT_SQL = sql<{ toStaffId: string; helplineId: string }>(
  `SELECT display_name, ${memberRole('staff.id')} AS role, active FROM staff
    WHERE id = :toStaffId AND ${memberRole('staff.id')} IS NOT NULL`,
);

/**
 * A counsellor passes a case — with a note, their draft contacts and, if they choose, the case's
 * coming appointments — to a colleague, inside the app, in one transaction. The colleague becomes
 * the assignee and sees it under "handed to me" on Vandaag.
 */
@Injectable()
export class HandoverService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccessService,
  ) {}

  async create(staff: RequestStaff, caseId: string, input: CreateHandoverDto): Promise<HandoverView> {
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const access = await this.access.require(staff, caseId, 'handover.create', {
        manager,
        lock: true,
      });
      this.access.requireManager(access, 'handover.create', 'hand it over');
      await assertVersion(manager, access, input.version, 'handover.create');
      const current = access.row;
      const recipient = await this.recipient(manager, staff, current, input.toStaffId);
      const code = access.caseCode;
      // Checked before anything is written: a move that would double-book the colleague is refused whole.
      const coming =
        input.appointments === 'move'
          ? await comingAppointments(manager, caseId, current.assignee_id, input.toStaffId, { lock: true })
          : [];
      const clashes = coming.filter((appointment) => appointment.conflict);
      if (clashes.length > 0) {
        throw new Refusal(
          doubleBooking(clashes),
          access.event('handover.create', {
            outcome: 'failure',
            reason: `${clashes.length} appointment(s) would double-book ${input.toStaffId}`,
          }),
        );
      }
      const movedAppointmentIds = coming.map((appointment) => appointment.id);
      await moveAppointments(manager, movedAppointmentIds, input.toStaffId, staff.id);
      for (const id of movedAppointmentIds) {
        await this.audit.record(
          {
            helplineId: staff.helplineId,
            staffId: staff.id,
            action: 'appointment.handover',
            entityType: 'appointment',
            entityId: id,
            caseCode: code,
            outcome: 'success',
            reason: `to ${input.toStaffId}`,
          },
          manager,
        );
      }

      const move = { caseId, fromStaffId: staff.id, toStaffId: input.toStaffId };
      const draftContactIds = await moveDrafts(manager, move);
      const handoverId = randomUUID();
      const [handover] = await rows<{ id: string; created_at: Date }>(
        manager,
        INSERT_CASE_HANDOVER_SQL.with({
          handoverId,
          caseId,
          fromStaffId: staff.id,
          toStaffId: input.toStaffId,
          note: this.cipher.encrypt(input.note, place('case_handover', 'note', handoverId)),
          draftContactIds,
        }),
      );
      const caseVersion = await assignCase(manager, move, staff.id);
      await this.audit.record(
        access.event('handover.create', {
          entityType: 'case_handover',
          entityId: handover.id,
          reason: `to ${input.toStaffId}; ${draftContactIds.length} draft contact(s); ${movedAppointmentIds.length} appointment(s) moved`,
        }),
        manager,
      );
      return {
        id: handover.id,
        caseId,
        code,
        from: { id: staff.id, displayName: staff.displayName },
        to: { id: input.toStaffId, displayName: recipient.display_name },
        note: input.note,
        draftContactIds,
        movedAppointmentIds,
        createdAt: handover.created_at.toISOString(),
        caseVersion,
      };
    });
  }

  /** Before handing over: the coming appointments that could move, checked against the colleague's agenda. */
  async checkAppointments(staff: RequestStaff, caseId: string, toStaffId: string): Promise<HandoverAppointmentCheck> {
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const access = await this.access.require(staff, caseId, 'handover.check', { manager });
      this.access.requireManager(access, 'handover.check', 'hand it over');
      const current = access.row;
      const recipient = await this.recipient(manager, staff, current, toStaffId);
      const appointments = await comingAppointments(manager, caseId, current.assignee_id, toStaffId);
      await this.audit.record(
        access.event('handover.check', {
          reason: `to ${toStaffId}: ${appointments.length} coming appointment(s), ${appointments.filter((a) => a.conflict).length} in the way`,
        }),
        manager,
      );
      return {
        to: { id: toStaffId, displayName: recipient.display_name },
        appointments,
      };
    });
  }

  /**
   * For the one who passed the case on and cannot open it any more: to whom and when, nothing
   * else. Anyone who never had it gets the usual "not found or no access".
   */
  async handedOver(staff: RequestStaff, caseId: string): Promise<CaseHandedOver> {
    const [row] = await rows<{
      code: string;
      allowed: boolean;
      to_id: string | null;
      to_name: string | null;
      at: Date | null;
    }>(this.db.scope(staff), HANDED_OVER_SQL.with({ caseId, fromStaffId: staff.id, role: staff.role }));
    const audit = {
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'case.handed_over',
      entityType: 'case',
      entityId: caseId,
    } as const;
    if (row?.allowed) {
      await this.audit.record({
        ...audit,
        caseCode: formatCaseCode(row.code),
        outcome: 'success',
        reason: 'still has access',
      });
      return { handedOver: null };
    }
    if (!row || !row.to_id || !row.to_name || !row.at) {
      await this.audit.record(
        row
          ? {
              ...audit,
              caseCode: formatCaseCode(row.code),
              outcome: 'denied',
              reason: 'never handed over by this staff member',
            }
          : { ...audit, outcome: 'failure', reason: 'no such case' },
      );
      throw notFound();
    }
    await this.audit.record({
      ...audit,
      caseCode: formatCaseCode(row.code),
      outcome: 'success',
      reason: `handed over to ${row.to_id}`,
    });
    return {
      handedOver: {
        to: { id: row.to_id, displayName: row.to_name },
        at: row.at.toISOString(),
      },
    };
  }

  /** The colleague a case may go to: an active counsellor, not the one who has it, not me. */
  private async recipient(
    manager: EntityManager,
    staff: RequestStaff,
    current: CaseRow,
    toStaffId: string,
  ): Promise<{ display_name: string }> {
    const [recipient] = await rows<{
      display_name: string;
      role: string;
      active: boolean;
    }>(manager, RECIPIENT_SQL.with({ toStaffId, helplineId: staff.helplineId }));
    if (!recipient || recipient.role !== 'counsellor' || !recipient.active) {
      throw invalidRecipient('toStaffId must be an active counsellor');
    }
    if (toStaffId === current.assignee_id) throw invalidRecipient('the case is already assigned to this counsellor');
    if (toStaffId === staff.id) throw invalidRecipient('a case cannot be handed over to yourself');
    return recipient;
  }
}

/**
 * A case, whether this staff member may open it (:fromStaffId staff, :role role), and the latest time they
 * passed it on — by handing it over or by a supervisor's reassignment away from them.
 */
const HANDED_OVER_SQL = sql<{
  caseId: string;
  fromStaffId: string;
  role: string;
}>(`SELECT c.code, ${accessCondition('c', ':fromStaffId', ':role')} AS allowed, h.to_id, s.display_name AS to_name, h.at
  FROM case_file c
  LEFT JOIN LATERAL (
    SELECT x.to_id, x.at FROM (
      SELECT to_staff_id AS to_id, created_at AS at FROM case_handover WHERE case_id = c.id AND from_staff_id = :fromStaffId
      UNION ALL
      SELECT to_staff_id, created_at FROM case_reassignment WHERE case_id = c.id AND from_staff_id = :fromStaffId
    ) x ORDER BY x.at DESC LIMIT 1
  ) h ON true
  LEFT JOIN staff s ON s.id = h.to_id
 WHERE c.id = :caseId`);

function invalidRecipient(message: string): DomainError {
  return new DomainError('validation_failed', 'The handover cannot go to this staff member.', [
    { field: 'toStaffId', code: 'invalid_recipient', message },
  ]);
}
