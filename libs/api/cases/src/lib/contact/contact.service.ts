import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { auditRefusals, AuditService, inTransaction, Refusal } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { type CaseAccess, CaseAccessService, type CaseKey } from '@leidraad/api/case-access';
import { DomainError, FieldCipher, HelplineDatabase, place, rows, sql, iso } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type {
  ContactCorrectionView,
  ContactFields,
  ContactStatus,
  ContactView,
  DraftConflict,
  DraftSaved,
  NoteMark,
} from '@leidraad/shared/domain';
import { notFound } from '../common/refusal';
import type { CorrectContactDto, NewContactDto, SaveDraftDto } from './contact.dto';
import { fieldsOf, toContactView, toCorrectionView, type ContactJson, type CorrectionJson } from './contact.mapper';
import { applyCorrections, missingForFinal, timeOrderProblem } from './contact-rules';
import {
  CONTACT_SQL,
  CONTACT_VIEW_SQL,
  contactJson,
  correctionJson,
  COUNT_FINAL_CONTACT_SQL,
  FINALISE_CONTACT_SQL,
  LOCK_CONTACT_SQL,
  SAVE_DRAFT_SQL,
} from './contact.sql';
import { draftValues, insertDraft } from './contact.writes';
import { draftVersion } from './draft-version';
import { ScanPool, scannedFindings } from '@leidraad/api/pseudonymisation';
import { checkNoteMarks, newDismissals, type CheckedMark } from './note-marks';

/** What the autosave statement answers when it saved. */
type SavedDraftRow = CaseKey & {
  id: string;
  revision: number;
  updated_at: Date;
  case_id: string;
  grounds: CaseAccess['grounds'];
};

interface ContactRow {
  id: string;
  case_id: string;
  counsellor_id: string;
  status: ContactStatus;
  revision: number;
  channel: ContactFields['channel'];
  started_at: Date | null;
  ended_at: Date | null;
  summary: Buffer | null;
  outcome: ContactFields['outcome'];
  referrals: ContactFields['referrals'];
}

const CASE_CONTACTS_SQL = sql<{ caseId: string }>(`SELECT ${contactJson('k')} AS contact FROM contact k
          WHERE k.case_id = :caseId ORDER BY coalesce(k.started_at, k.created_at) DESC, k.created_at DESC`);

const CONTACT_JSON_SQL = sql<{ contactId: string; caseId: string }>(
  `SELECT ${contactJson('k')} AS contact FROM contact k WHERE k.id = :contactId AND k.case_id = :caseId`,
);

const STORED_NOTE_SQL = sql<{ caseId: string; contactId: string }>(`SELECT k.summary, k.note_marks FROM contact k
        WHERE k.id = :contactId AND k.case_id = :caseId AND k.status = 'draft' FOR UPDATE OF k`);

const INSERT_CONTACT_CORRECTION_SQL = sql<{
  correctionId: string;
  contactId: string;
  caseId: string;
  reason: Buffer;
  channel: string | null;
  startedAt: string | null;
  endedAt: string | null;
  summary: Buffer | null;
  outcome: string | null;
  referrals: string[] | null;
  staffId: string;
}>(`INSERT INTO contact_correction
           (id, contact_id, case_id, reason, channel, started_at, ended_at, summary, outcome, referrals, corrected_by)
         VALUES (:correctionId, :contactId, :caseId, :reason, :channel, :startedAt, :endedAt, :summary, :outcome, :referrals, :staffId) RETURNING id`);

const CONTACT_CORRECTION_SQL = sql<{ id: string }>(
  `SELECT ${correctionJson('r')} AS correction FROM contact_correction r WHERE r.id = :id`,
);

/** Contacts of a case: drafts autosaved by the server, finalised once, corrected visibly. */
@Injectable()
export class ContactService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccessService,
    private readonly scanner: ScanPool,
  ) {}

  async create(staff: RequestStaff, caseId: string, input: NewContactDto): Promise<ContactView> {
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const access = await this.access.require(staff, caseId, 'contact.create', { manager });
      if (access.row.status === 'closed') {
        throw new Refusal(
          new DomainError('conflict', 'This case is closed; reopen it (with a reason) before adding a contact.'),
          access.event('contact.create', { outcome: 'failure', reason: 'case is closed' }),
        );
      }
      const contactId = await insertDraft(manager, this.cipher, caseId, staff.id, input);
      await this.audit.record(access.event('contact.create', { entityType: 'contact', entityId: contactId }), manager);
      return this.view(manager, contactId);
    });
  }

  /** Every contact of a case, drafts included, newest first. */
  async list(staff: RequestStaff, caseId: string): Promise<ContactView[]> {
    return auditRefusals(this.audit, async () => {
      const access = await this.access.require(staff, caseId, 'contact.list');
      const contacts = await rows<{ contact: ContactJson }>(this.db.scope(staff), CASE_CONTACTS_SQL.with({ caseId }));
      await this.audit.record(access.event('contact.list'));
      return contacts.map((row) => toContactView(row.contact, this.cipher));
    });
  }

  async get(staff: RequestStaff, caseId: string, contactId: string): Promise<ContactView> {
    return auditRefusals(this.audit, async () => {
      const access = await this.access.require(staff, caseId, 'contact.read', {
        record: { entityType: 'contact', entityId: contactId, notFound: notFound('contact') },
      });
      const [row] = await rows<{ contact: ContactJson }>(this.db.scope(staff), CONTACT_JSON_SQL.with({ contactId, caseId }));
      const record = { entityType: 'contact', entityId: contactId };
      if (!row) {
        await this.audit.record(access.event('contact.read', { ...record, outcome: 'failure', reason: 'no such contact in this case' }));
        throw notFound('contact');
      }
      await this.audit.record(access.event('contact.read', record));
      return toContactView(row.contact, this.cipher);
    });
  }

  /**
   * The autosave hot path: one statement when it succeeds (a second only to explain a refusal).
   * A save that dismisses a finding for the first time also audits each dismissal, in the same
   * transaction, against the stored draft it locks.
   */
  async saveDraft(staff: RequestStaff, caseId: string, contactId: string, input: SaveDraftDto): Promise<DraftSaved> {
    const noteMarks = input.noteMarks ?? [];
    // The free-text pipe scanned the note already; its findings are reused (scanned here only if it did not).
    const findings =
      noteMarks.length > 0 ? (scannedFindings(input, 'summary') ?? (await this.scanner.scan(input.summary ?? '', staff.id))) : [];
    const marks = checkNoteMarks(findings, noteMarks);
    const save = SAVE_DRAFT_SQL.with({
      caseId,
      contactId,
      staffId: staff.id,
      revision: input.revision,
      ...draftValues(this.cipher, contactId, input),
      role: staff.role,
      writer: input.writer ?? null,
      baseRevision: input.baseRevision ?? null,
      noteMarks: JSON.stringify(marks.map(({ start, end, kind }) => ({ start, end, kind }))),
    });
    const [saved] = marks.some((mark) => mark.kind === 'dismissed')
      ? await this.db.scope(staff).transaction(async (manager) => {
          const dismissals = await this.dismissalsToAudit(manager, staff, caseId, contactId, input.summary ?? null, marks);
          const result = await rows<SavedDraftRow>(manager, save);
          const [done] = result;
          // The category only, never the text; the reason column holds it alone (eval:pii counts them).
          for (const mark of done ? dismissals : []) {
            await this.audit.record(
              {
                helplineId: staff.helplineId,
                staffId: staff.id,
                action: 'contact.finding_dismissed',
                entityType: 'contact',
                entityId: contactId,
                caseCode: formatCaseCode(done.code),
                outcome: 'success',
                reason: mark.category,
              },
              manager,
            );
          }
          return result;
        })
      : await rows<SavedDraftRow>(this.db.scope(staff), save);
    if (saved) {
      // Counted like every other access (a no-op for the assignee, the common case).
      await this.access.granted(staff, { id: saved.case_id, code: saved.code, grounds: saved.grounds }, caseId, 'contact.draft_save');
      return {
        id: saved.id,
        revision: saved.revision,
        updatedAt: iso(saved.updated_at),
      };
    }
    return auditRefusals(this.audit, () => this.explainUnsaved(staff, caseId, contactId, input));
  }

  /**
   * The dismissals new in this save (each is audited once, with its category, never the text),
   * against the stored draft, locked until the save commits.
   */
  private async dismissalsToAudit(
    manager: EntityManager,
    staff: RequestStaff,
    caseId: string,
    contactId: string,
    summary: string | null,
    marks: CheckedMark[],
  ): Promise<CheckedMark[]> {
    const [row] = await rows<{ summary: Buffer | null; note_marks: NoteMark[] }>(manager, STORED_NOTE_SQL.with({ caseId, contactId }));
    if (!row) return [];
    const stored = this.cipher.decryptNullable(row.summary, place('contact', 'summary', contactId));
    const findings = row.note_marks.some((mark) => mark.kind === 'dismissed') ? await this.scanner.scan(stored ?? '', staff.id) : [];
    return newDismissals({ summary: stored, marks: row.note_marks, findings }, { summary, marks });
  }

  async finalise(staff: RequestStaff, caseId: string, contactId: string): Promise<ContactView> {
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      // Case row first, then the contact: the order a handover locks them in, so the two never deadlock.
      const access = await this.access.require(staff, caseId, 'contact.finalise', {
        manager,
        lock: true,
        record: { entityType: 'contact', entityId: contactId, notFound: notFound('contact') },
      });
      const row = await this.lockContact(manager, access, contactId, 'contact.finalise');
      const audit = contactRecord(row);
      if (row.counsellor_id !== staff.id) {
        this.access.requireManager(access, 'contact.finalise', 'finalise a colleague’s draft', audit);
      }
      if (row.status === 'final') {
        throw new Refusal(
          new DomainError('conflict', 'This contact is already final (someone else may have finalised it).', undefined, {
            currentStatus: 'final',
          }),
          access.event('contact.finalise', { ...audit, outcome: 'failure', reason: 'already final' }),
        );
      }
      const missing = missingForFinal(this.fieldsOfRow(row));
      if (missing.length > 0) {
        throw new DomainError('validation_failed', 'The contact is not complete yet.', missing);
      }
      await rows(manager, FINALISE_CONTACT_SQL.with({ contactId, staffId: staff.id }));
      await rows(manager, COUNT_FINAL_CONTACT_SQL.with({ caseId, startedAt: row.started_at }));
      await this.audit.record(access.event('contact.finalise', audit), manager);
      return this.view(manager, contactId);
    });
  }

  /** A correction keeps the original: it is a record of its own, with the reason, in the timeline. */
  async correct(staff: RequestStaff, caseId: string, contactId: string, input: CorrectContactDto): Promise<ContactCorrectionView> {
    const changed = (['channel', 'startedAt', 'endedAt', 'summary', 'outcome', 'referrals'] as const).filter(
      (field) => input[field] !== undefined,
    );
    if (changed.length === 0) {
      throw new DomainError('validation_failed', 'A correction must change at least one field.', [
        {
          field: 'changes',
          code: 'required',
          message: 'name at least one corrected field',
        },
      ]);
    }
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const access = await this.access.require(staff, caseId, 'contact.correct', {
        manager,
        record: { entityType: 'contact', entityId: contactId, notFound: notFound('contact') },
      });
      const row = await this.lockContact(manager, access, contactId, 'contact.correct');
      const audit = contactRecord(row);
      if (row.status !== 'final') {
        throw new Refusal(
          new DomainError('conflict', 'A draft is changed by saving it; only final contacts are corrected.'),
          access.event('contact.correct', { ...audit, outcome: 'failure', reason: 'still a draft' }),
        );
      }
      const current = toContactView((await this.json(manager, contactId)).contact, this.cipher);
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
      if (problem) throw new DomainError('validation_failed', 'The request has invalid fields.', [problem]);
      const correctionId = randomUUID();
      const [{ id }] = await rows<{ id: string }>(
        manager,
        INSERT_CONTACT_CORRECTION_SQL.with({
          correctionId,
          contactId,
          caseId,
          reason: this.cipher.encrypt(input.reason, place('contact_correction', 'reason', correctionId)),
          channel: input.channel ?? null,
          startedAt: input.startedAt ?? null,
          endedAt: input.endedAt ?? null,
          summary: this.cipher.encryptNullable(input.summary, place('contact_correction', 'summary', correctionId)),
          outcome: input.outcome ?? null,
          referrals: input.referrals ?? null,
          staffId: staff.id,
        }),
      );
      await this.audit.record(access.event('contact.correct', { ...audit, reason: `corrected: ${changed.join(', ')}` }), manager);
      const [created] = await rows<{ correction: CorrectionJson }>(manager, CONTACT_CORRECTION_SQL.with({ id }));
      return toCorrectionView(created.correction, this.cipher);
    });
  }

  /**
   * Why an autosave changed nothing — no access, not found, a colleague's draft under a temporary
   * grant, final already, or older than the stored draft. Refusals are thrown as `Refusal`.
   */
  private async explainUnsaved(staff: RequestStaff, caseId: string, contactId: string, input: SaveDraftDto): Promise<never> {
    const action = 'contact.draft_save';
    const record = { entityType: 'contact', entityId: contactId, notFound: notFound('contact') };
    const access = await this.access.require(staff, caseId, action, { record });
    const [row] = await rows<ContactRow>(this.db.scope(staff), CONTACT_SQL.with({ caseId, contactId }));
    const audit = { entityType: 'contact', entityId: contactId, outcome: 'failure' } as const;
    if (!row) throw new Refusal(notFound('contact'), access.event(action, { ...audit, reason: 'no such contact' }));
    if (row.counsellor_id !== staff.id) {
      this.access.requireManager(access, action, 'change a colleague’s draft', { entityType: 'contact', entityId: contactId });
    }
    if (row.status === 'final') {
      throw new Refusal(
        new DomainError('conflict', 'This contact is final; correct it instead of saving a draft.', undefined, {
          currentStatus: 'final',
        }),
        access.event(action, { ...audit, reason: 'already final' }),
      );
    }
    const based = input.baseRevision === undefined ? `stale revision ${input.revision}` : `based on revision ${input.baseRevision}`;
    const current = await draftVersion(this.db.scope(staff), this.cipher, contactId);
    if (!current) throw notFound('contact');
    throw new Refusal(
      new DomainError('conflict', 'A newer save of this draft is stored already; nothing was overwritten.', undefined, {
        currentRevision: row.revision,
        current,
      } satisfies DraftConflict),
      access.event(action, { ...audit, reason: `${based} (stored ${row.revision})` }),
    );
  }

  /** The contact of the case `access` reached, locked; "not found" (audited) when it is not there. */
  private async lockContact(manager: EntityManager, access: CaseAccess, contactId: string, action: string): Promise<ContactRow> {
    const [row] = await rows<ContactRow>(manager, LOCK_CONTACT_SQL.with({ caseId: access.caseId, contactId }));
    if (!row) {
      throw new Refusal(
        notFound('contact'),
        access.event(action, { entityType: 'contact', entityId: contactId, outcome: 'failure', reason: 'no such contact' }),
      );
    }
    return row;
  }

  private fieldsOfRow(row: ContactRow): ContactFields {
    return {
      channel: row.channel,
      startedAt: row.started_at ? iso(row.started_at) : null,
      endedAt: row.ended_at ? iso(row.ended_at) : null,
      summary: this.cipher.decryptNullable(row.summary, place('contact', 'summary', row.id)),
      outcome: row.outcome,
      referrals: row.referrals,
    };
  }

  private async json(manager: EntityManager, contactId: string): Promise<{ contact: ContactJson }> {
    const [row] = await rows<{ contact: ContactJson }>(manager, CONTACT_VIEW_SQL.with({ contactId }));
    return row;
  }

  private async view(manager: EntityManager, contactId: string): Promise<ContactView> {
    return toContactView((await this.json(manager, contactId)).contact, this.cipher);
  }
}

/** What the audit events about one contact name. */
function contactRecord(row: ContactRow): { entityType: string; entityId: string } {
  return { entityType: 'contact', entityId: row.id };
}
