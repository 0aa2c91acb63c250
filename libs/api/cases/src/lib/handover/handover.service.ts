import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, inTransaction } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { DomainError, FieldCipher, rows } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type { HandoverView } from '@leidraad/shared/domain';
import { assertVersion, bumpVersion, caseForStaff } from '../access/case-guard';
import type { CreateHandoverDto } from './handover.dto';

/**
 * A counsellor passes a case — with a note and their draft contacts — to a colleague, inside
 * the app. The colleague becomes the assignee and sees it under "handed to me" on Vandaag.
 */
@Injectable()
export class HandoverService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
  ) {}

  async create(
    staff: RequestStaff,
    caseId: string,
    input: CreateHandoverDto,
  ): Promise<HandoverView> {
    return inTransaction(this.dataSource, this.audit, async (manager) => {
      const current = await caseForStaff(
        manager,
        staff,
        caseId,
        'handover.create',
        { lock: true },
      );
      await assertVersion(
        manager,
        staff,
        current,
        input.version,
        'handover.create',
      );
      const [recipient] = await rows<{
        display_name: string;
        role: string;
        active: boolean;
      }>(
        manager,
        `SELECT display_name, role, active FROM staff WHERE id = $1`,
        [input.toStaffId],
      );
      if (!recipient || recipient.role !== 'counsellor' || !recipient.active) {
        throw invalidRecipient('toStaffId must be an active counsellor');
      }
      if (input.toStaffId === current.assignee_id)
        throw invalidRecipient(
          'the case is already assigned to this counsellor',
        );
      if (input.toStaffId === staff.id)
        throw invalidRecipient('a case cannot be handed over to yourself');

      const moved = await rows<{ id: string }>(
        manager,
        `UPDATE contact SET counsellor_id = $3, updated_at = now()
          WHERE case_id = $1 AND status = 'draft' AND counsellor_id = $2 RETURNING id`,
        [caseId, staff.id, input.toStaffId],
      );
      const draftContactIds = moved.map((row) => row.id);
      const [handover] = await rows<{ id: string; created_at: Date }>(
        manager,
        `INSERT INTO case_handover (case_id, from_staff_id, to_staff_id, note, contact_ids)
         VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at`,
        [
          caseId,
          staff.id,
          input.toStaffId,
          this.cipher.encrypt(input.note),
          draftContactIds,
        ],
      );
      await manager.query(
        `UPDATE case_file SET assignee_id = $2 WHERE id = $1`,
        [caseId, input.toStaffId],
      );
      const caseVersion = await bumpVersion(
        manager,
        caseId,
        ['assignee'],
        staff.id,
      );
      const code = formatCaseCode(current.code);
      await this.audit.record(
        {
          staffId: staff.id,
          action: 'handover.create',
          entityType: 'case_handover',
          entityId: handover.id,
          caseCode: code,
          outcome: 'success',
          reason: `to ${input.toStaffId}; ${draftContactIds.length} draft contact(s)`,
        },
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
        createdAt: handover.created_at.toISOString(),
        caseVersion,
      };
    });
  }
}

function invalidRecipient(message: string): DomainError {
  return new DomainError(
    'validation_failed',
    'The handover cannot go to this staff member.',
    [{ field: 'toStaffId', code: 'invalid_recipient', message }],
  );
}
