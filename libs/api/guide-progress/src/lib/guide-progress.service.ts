import { Injectable } from '@nestjs/common';
import { auditRefusals, AuditService, Refusal } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { CaseAccessService } from '@leidraad/api/case-access';
import { DomainError, FieldCipher, HelplineDatabase, place, rows } from '@leidraad/api/core';
import type { AccessGrounds, GuideItemState, GuideProgressItemView, GuideProgressView } from '@leidraad/shared/domain';
import { findItem, GUIDE_VERSION, isItemId } from '@leidraad/shared/guide';
import type { UpdateGuideProgressDto } from './guide-progress.dto';
import { stateToStore, toProgressView, type StoredChange, type StoredProgress } from './guide-progress.mapper';
import { HISTORY_ROWS_SQL, PROGRESS_ROWS_SQL, RECENT_CONTACT_HOURS, UPDATE_PROGRESS_SQL } from './guide-progress.sql';

interface ProgressRow {
  item_id: string;
  state: string;
  contact_id: string | null;
  note: Buffer | null;
  updated_at: Date;
  staff_id: string;
  display_name: string;
}

interface ChangeRow {
  id: string;
  item_id: string;
  from_state: string;
  to_state: string;
  contact_id: string | null;
  changed_at: Date;
  staff_id: string;
  display_name: string;
}

interface UpdateRow {
  id: string;
  grounds: AccessGrounds | null;
  code: string;
  contact_found: boolean;
  usable: boolean;
  item_id: string | null;
  state: GuideItemState | null;
  saved_contact_id: string | null;
  note: Buffer | null;
  updated_at: Date | null;
  display_name: string | null;
}

/** Progress of a case through the guide "Start het Gesprek", per item, with its history. */
@Injectable()
export class GuideProgressService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccessService,
  ) {}

  async read(staff: RequestStaff, caseId: string): Promise<GuideProgressView> {
    const action = 'guide_progress.read';
    const access = await auditRefusals(this.audit, () => this.access.require(staff, caseId, action));
    const scope = this.db.scope(staff);
    const [progress, history] = await Promise.all([
      rows<ProgressRow>(scope, PROGRESS_ROWS_SQL.with({ caseId })),
      rows<ChangeRow>(scope, HISTORY_ROWS_SQL.with({ caseId })),
    ]);
    await this.audit.record(access.event(action));
    return toProgressView(
      progress.map((row): StoredProgress => ({
        itemId: row.item_id,
        state: row.state,
        contactId: row.contact_id,
        note: this.cipher.decryptNullable(row.note, place('guide_progress', 'note', [caseId, row.item_id])),
        updatedAt: row.updated_at.toISOString(),
        updatedBy: { id: row.staff_id, displayName: row.display_name },
      })),
      history.map((row): StoredChange => ({
        id: row.id,
        itemId: row.item_id,
        fromState: row.from_state,
        toState: row.to_state,
        contactId: row.contact_id,
        changedAt: row.changed_at.toISOString(),
        changedBy: { id: row.staff_id, displayName: row.display_name },
      })),
    );
  }

  /**
   * Records the state of one item in one statement (progress, history, audit). Validation of
   * the item happens first, so an unknown item or an impossible state writes nothing.
   */
  async update(staff: RequestStaff, caseId: string, itemId: string, input: UpdateGuideProgressDto): Promise<GuideProgressItemView> {
    const action = 'guide_progress.update';
    const item = isItemId(itemId) ? findItem(itemId) : undefined;
    if (!item) {
      throw new DomainError('validation_failed', 'itemId is not an item of the current guide.', [
        {
          field: 'itemId',
          code: 'unknown_item',
          message: 'itemId must be an item id of the current guide',
        },
      ]);
    }
    const decided = stateToStore(item, input.state);
    if ('refused' in decided) {
      throw new DomainError('validation_failed', decided.refused, [
        {
          field: 'state',
          code: 'guidance_cannot_be_done',
          message: decided.refused,
        },
      ]);
    }
    const keepNote = input.note === undefined;
    const note = input.note?.trim() ? input.note : null;
    const [row] = await rows<UpdateRow>(
      this.db.scope(staff),
      UPDATE_PROGRESS_SQL.with({
        caseId,
        itemId: item.id,
        state: decided.state,
        contactId: input.contactId,
        note: keepNote ? null : this.cipher.encryptNullable(note, place('guide_progress', 'note', [caseId, item.id])),
        keepNote,
        staffId: staff.id,
        role: staff.role,
        guideVersion: GUIDE_VERSION,
      }),
    );
    return auditRefusals(this.audit, () => this.afterUpdate(staff, caseId, action, row));
  }

  /** The answer to one update statement: refused (audited), or the item as saved. */
  private async afterUpdate(
    staff: RequestStaff,
    caseId: string,
    action: string,
    row: UpdateRow | undefined,
  ): Promise<GuideProgressItemView> {
    const access = await this.access.granted(staff, row, caseId, action);
    const found = access.row;
    const failure = (reason: string) => access.event(action, { outcome: 'failure', reason });
    if (!found.contact_found) {
      throw new Refusal(
        new DomainError('unprocessable', 'contactId is not a contact of this case.', [
          {
            field: 'contactId',
            code: 'not_in_case',
            message: 'contactId must be a contact of this case',
          },
        ]),
        failure('contact not in this case'),
      );
    }
    if (!found.usable || !found.item_id || !found.state || !found.updated_at) {
      throw new Refusal(
        new DomainError(
          'conflict',
          `Progress is recorded in your own draft contact, or one you finalised in the last ${RECENT_CONTACT_HOURS} hours.`,
          [
            {
              field: 'contactId',
              code: 'not_current',
              message: 'contactId must be your draft or recently finalised contact',
            },
          ],
        ),
        failure('contact is not a current contact of this staff member'),
      );
    }
    return {
      itemId: found.item_id,
      state: found.state,
      contactId: found.saved_contact_id,
      note: this.cipher.decryptNullable(found.note, place('guide_progress', 'note', [caseId, found.item_id])),
      updatedAt: found.updated_at.toISOString(),
      updatedBy: { id: staff.id, displayName: found.display_name ?? '' },
    };
  }
}
