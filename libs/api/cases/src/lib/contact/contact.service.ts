import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type AuditRecord, auditRefusals, AuditService, inTransaction, Refusal } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { DomainError, FieldCipher, rows, SQL_GROUPED_CODE } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type {
  ContactCorrectionView,
  ContactFields,
  ContactStatus,
  ContactView,
  DraftSaved,
} from '@leidraad/shared/domain';
import { accessCondition } from '../access/case-access';
import { caseForStaff } from '../access/case-guard';
import { notFound } from '../common/refusal';
import { iso } from '../common/time';
import type {
  CorrectContactDto,
  NewContactDto,
  SaveDraftDto,
} from './contact.dto';
import {
  fieldsOf,
  toContactView,
  toCorrectionView,
  type ContactJson,
  type CorrectionJson,
} from './contact.mapper';
import {
  applyCorrections,
  missingForFinal,
  timeOrderProblem,
} from './contact-rules';
import { contactJson, correctionJson } from './contact.sql';
import { draftValues, insertDraft } from './contact.writes';

/**
 * The autosave, in one statement: update the draft if this staff member may work on the case
 * and the save is not older than the stored one, and write the audit event with it.
 * $1 case, $2 contact, $3 staff, $4 revision, $5–$10 the fields, $11 role.
 */
const SAVE_DRAFT_SQL = `WITH saved AS (
  UPDATE contact k
     SET channel = $5, started_at = $6, ended_at = $7, summary = $8, outcome = $9, referrals = $10,
         revision = $4, updated_at = now()
    FROM case_file c
   WHERE k.id = $2 AND k.case_id = $1 AND c.id = k.case_id AND k.status = 'draft' AND k.revision <= $4
     AND ${accessCondition('c', '$3', '$11')}
  RETURNING k.id, k.revision, k.updated_at, c.code
), audited AS (
  INSERT INTO audit_event (staff_id, action, entity_type, entity_id, case_code, outcome)
  SELECT $3, 'contact.draft_save', 'contact', saved.id::text, ${SQL_GROUPED_CODE('saved.code')}, 'success' FROM saved
)
SELECT id, revision, updated_at FROM saved`;

/** A contact with its case, locked, and whether this staff member may work on it ($3 staff, $4 role). */
const LOCK_CONTACT_SQL = `SELECT k.id, k.case_id, k.status, k.revision, k.channel, k.started_at, k.ended_at, k.summary,
       k.outcome, k.referrals, c.code, ${accessCondition('c', '$3', '$4')} AS allowed
  FROM contact k JOIN case_file c ON c.id = k.case_id
 WHERE k.id = $2 AND k.case_id = $1`;

interface ContactRow {
  id: string;
  case_id: string;
  status: ContactStatus;
  revision: number;
  channel: ContactFields['channel'];
  started_at: Date | null;
  ended_at: Date | null;
  summary: Buffer | null;
  outcome: ContactFields['outcome'];
  referrals: ContactFields['referrals'];
  code: string;
  allowed: boolean;
}

/** Contacts of a case: drafts autosaved by the server, finalised once, corrected visibly. */
@Injectable()
export class ContactService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
  ) {}

  async create(
    staff: RequestStaff,
    caseId: string,
    input: NewContactDto,
  ): Promise<ContactView> {
    return inTransaction(this.dataSource, this.audit, async (manager) => {
      const found = await caseForStaff(
        manager,
        staff,
        caseId,
        'contact.create',
      );
      const audit = {
        staffId: staff.id,
        action: 'contact.create',
        entityType: 'contact',
        caseCode: formatCaseCode(found.code),
      };
      if (found.status === 'closed') {
        throw new Refusal(
          new DomainError(
            'conflict',
            'This case is closed; reopen it (with a reason) before adding a contact.',
          ),
          {
            ...audit,
            entityId: caseId,
            outcome: 'failure',
            reason: 'case is closed',
          },
        );
      }
      const contactId = await insertDraft(
        manager,
        this.cipher,
        caseId,
        staff.id,
        input,
      );
      await this.audit.record(
        { ...audit, entityId: contactId, outcome: 'success' },
        manager,
      );
      return this.view(manager, contactId);
    });
  }

  /** Every contact of a case, drafts included, newest first. */
  async list(staff: RequestStaff, caseId: string): Promise<ContactView[]> {
    return auditRefusals(this.audit, async () => {
      const found = await caseForStaff(
        this.dataSource.manager,
        staff,
        caseId,
        'contact.list',
      );
      const contacts = await rows<{ contact: ContactJson }>(
        this.dataSource,
        `SELECT ${contactJson('k')} AS contact FROM contact k
          WHERE k.case_id = $1 ORDER BY coalesce(k.started_at, k.created_at) DESC, k.created_at DESC`,
        [caseId],
      );
      await this.audit.record({
        staffId: staff.id,
        action: 'contact.list',
        entityType: 'case',
        entityId: caseId,
        caseCode: formatCaseCode(found.code),
        outcome: 'success',
      });
      return contacts.map((row) => toContactView(row.contact, this.cipher));
    });
  }

  async get(
    staff: RequestStaff,
    caseId: string,
    contactId: string,
  ): Promise<ContactView> {
    return auditRefusals(this.audit, async () => {
      const found = await caseForStaff(
        this.dataSource.manager,
        staff,
        caseId,
        'contact.read',
      );
      const [row] = await rows<{ contact: ContactJson }>(
        this.dataSource,
        `SELECT ${contactJson('k')} AS contact FROM contact k WHERE k.id = $1 AND k.case_id = $2`,
        [contactId, caseId],
      );
      const audit = {
        staffId: staff.id,
        action: 'contact.read',
        entityType: 'contact',
        entityId: contactId,
        caseCode: formatCaseCode(found.code),
      };
      if (!row) {
        await this.audit.record({
          ...audit,
          outcome: 'failure',
          reason: 'no such contact in this case',
        });
        throw notFound('contact');
      }
      await this.audit.record({ ...audit, outcome: 'success' });
      return toContactView(row.contact, this.cipher);
    });
  }

  /**
   * The autosave hot path: one statement when it succeeds; a second only to explain a refusal.
   * Committed without waiting for the disk flush (`synchronous_commit = off`, this transaction
   * only): a draft is saved again every few seconds, so a database crash loses at most the last
   * fraction of a second of it — the same promise as for a killed app process — while the audit
   * chain's lock is no longer held through a flush. Finalising stays fully synchronous.
   */
  async saveDraft(
    staff: RequestStaff,
    caseId: string,
    contactId: string,
    input: SaveDraftDto,
  ): Promise<DraftSaved> {
    const [saved] = await this.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL synchronous_commit = off');
      return rows<{
        id: string;
        revision: number;
        updated_at: Date;
      }>(manager, SAVE_DRAFT_SQL, [
        caseId,
        contactId,
        staff.id,
        input.revision,
        ...draftValues(this.cipher, input),
        staff.role,
      ]);
    });
    if (saved)
      return {
        id: saved.id,
        revision: saved.revision,
        updatedAt: iso(saved.updated_at),
      };
    return this.explainUnsaved(staff, caseId, contactId, input.revision);
  }

  async finalise(
    staff: RequestStaff,
    caseId: string,
    contactId: string,
  ): Promise<ContactView> {
    return inTransaction(this.dataSource, this.audit, async (manager) => {
      // Case row first, then the contact: the order a handover locks them in, so the two never deadlock.
      await caseForStaff(manager, staff, caseId, 'contact.finalise', {
        lock: true,
      });
      const row = await this.lockContact(
        manager,
        staff,
        caseId,
        contactId,
        'contact.finalise',
      );
      const audit = this.contactAudit(staff, row, 'contact.finalise');
      if (row.status === 'final') {
        throw new Refusal(
          new DomainError(
            'conflict',
            'This contact is already final (someone else may have finalised it).',
            undefined,
            {
              currentStatus: 'final',
            },
          ),
          { ...audit, outcome: 'failure', reason: 'already final' },
        );
      }
      const missing = missingForFinal(this.fieldsOfRow(row));
      if (missing.length > 0) {
        throw new DomainError(
          'validation_failed',
          'The contact is not complete yet.',
          missing,
        );
      }
      await manager.query(
        `UPDATE contact SET status = 'final', finalised_at = now(), finalised_by = $2, updated_at = now() WHERE id = $1`,
        [contactId, staff.id],
      );
      await manager.query(
        `UPDATE case_file SET contact_count = contact_count + 1, last_contact_at = GREATEST(last_contact_at, $2)
          WHERE id = $1`,
        [caseId, row.started_at],
      );
      await this.audit.record({ ...audit, outcome: 'success' }, manager);
      return this.view(manager, contactId);
    });
  }

  /** A correction keeps the original: it is a record of its own, with the reason, in the timeline. */
  async correct(
    staff: RequestStaff,
    caseId: string,
    contactId: string,
    input: CorrectContactDto,
  ): Promise<ContactCorrectionView> {
    const changed = (
      [
        'channel',
        'startedAt',
        'endedAt',
        'summary',
        'outcome',
        'referrals',
      ] as const
    ).filter((field) => input[field] !== undefined);
    if (changed.length === 0) {
      throw new DomainError(
        'validation_failed',
        'A correction must change at least one field.',
        [
          {
            field: 'changes',
            code: 'required',
            message: 'name at least one corrected field',
          },
        ],
      );
    }
    return inTransaction(this.dataSource, this.audit, async (manager) => {
      const row = await this.lockContact(
        manager,
        staff,
        caseId,
        contactId,
        'contact.correct',
      );
      const audit = this.contactAudit(staff, row, 'contact.correct');
      if (row.status !== 'final') {
        throw new Refusal(
          new DomainError(
            'conflict',
            'A draft is changed by saving it; only final contacts are corrected.',
          ),
          {
            ...audit,
            outcome: 'failure',
            reason: 'still a draft',
          },
        );
      }
      const current = toContactView(
        (await this.json(manager, contactId)).contact,
        this.cipher,
      );
      const effective = applyCorrections(
        fieldsOf(current),
        current.corrections.map((correction) => correction.changes),
      );
      const problem = timeOrderProblem(
        {
          startedAt: input.startedAt ?? effective.startedAt,
          endedAt: input.endedAt ?? effective.endedAt,
        },
        input.endedAt !== undefined ? 'endedAt' : 'startedAt',
      );
      if (problem)
        throw new DomainError(
          'validation_failed',
          'The request has invalid fields.',
          [problem],
        );
      const [{ id }] = await rows<{ id: string }>(
        manager,
        `INSERT INTO contact_correction
           (contact_id, case_id, reason, channel, started_at, ended_at, summary, outcome, referrals, corrected_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          contactId,
          caseId,
          this.cipher.encrypt(input.reason),
          input.channel ?? null,
          input.startedAt ?? null,
          input.endedAt ?? null,
          this.cipher.encryptNullable(input.summary),
          input.outcome ?? null,
          input.referrals ?? null,
          staff.id,
        ],
      );
      await this.audit.record(
        {
          ...audit,
          outcome: 'success',
          reason: `corrected: ${changed.join(', ')}`,
        },
        manager,
      );
      const [created] = await rows<{ correction: CorrectionJson }>(
        manager,
        `SELECT ${correctionJson('r')} AS correction FROM contact_correction r WHERE r.id = $1`,
        [id],
      );
      return toCorrectionView(created.correction, this.cipher);
    });
  }

  /** Why an autosave changed nothing — not found, final already, or older than the stored draft. */
  private async explainUnsaved(
    staff: RequestStaff,
    caseId: string,
    contactId: string,
    revision: number,
  ): Promise<never> {
    const [row] = await rows<ContactRow>(this.dataSource, LOCK_CONTACT_SQL, [
      caseId,
      contactId,
      staff.id,
      staff.role,
    ]);
    const audit: AuditRecord = {
      staffId: staff.id,
      action: 'contact.draft_save',
      entityType: 'contact',
      entityId: contactId,
      caseCode: row ? formatCaseCode(row.code) : undefined,
      outcome: 'failure',
    };
    if (!row || !row.allowed) {
      await this.audit.record({
        ...audit,
        outcome: row ? 'denied' : 'failure',
        reason: row ? 'no access' : 'no such contact',
      });
      throw notFound('contact');
    }
    if (row.status === 'final') {
      await this.audit.record({ ...audit, reason: 'already final' });
      throw new DomainError(
        'conflict',
        'This contact is final; correct it instead of saving a draft.',
        undefined,
        {
          currentStatus: 'final',
        },
      );
    }
    await this.audit.record({
      ...audit,
      reason: `stale revision ${revision} (stored ${row.revision})`,
    });
    throw new DomainError(
      'conflict',
      'A newer save of this draft is stored already.',
      undefined,
      {
        currentRevision: row.revision,
      },
    );
  }

  private async lockContact(
    manager: EntityManager,
    staff: RequestStaff,
    caseId: string,
    contactId: string,
    action: string,
  ): Promise<ContactRow> {
    const [row] = await rows<ContactRow>(
      manager,
      `${LOCK_CONTACT_SQL} FOR UPDATE OF k`,
      [caseId, contactId, staff.id, staff.role],
    );
    if (!row || !row.allowed) {
      throw new Refusal(notFound('contact'), {
        staffId: staff.id,
        action,
        entityType: 'contact',
        entityId: contactId,
        caseCode: row ? formatCaseCode(row.code) : undefined,
        outcome: row ? 'denied' : 'failure',
        reason: row ? 'no access' : 'no such contact',
      });
    }
    return row;
  }

  private contactAudit(staff: RequestStaff, row: ContactRow, action: string) {
    return {
      staffId: staff.id,
      action,
      entityType: 'contact',
      entityId: row.id,
      caseCode: formatCaseCode(row.code),
    } as const;
  }

  private fieldsOfRow(row: ContactRow): ContactFields {
    return {
      channel: row.channel,
      startedAt: row.started_at ? iso(row.started_at) : null,
      endedAt: row.ended_at ? iso(row.ended_at) : null,
      summary: this.cipher.decryptNullable(row.summary),
      outcome: row.outcome,
      referrals: row.referrals,
    };
  }

  private async json(
    manager: EntityManager,
    contactId: string,
  ): Promise<{ contact: ContactJson }> {
    const [row] = await rows<{ contact: ContactJson }>(
      manager,
      `SELECT ${contactJson('k')} AS contact FROM contact k WHERE k.id = $1`,
      [contactId],
    );
    return row;
  }

  private async view(
    manager: EntityManager,
    contactId: string,
  ): Promise<ContactView> {
    return toContactView(
      (await this.json(manager, contactId)).contact,
      this.cipher,
    );
  }
}
