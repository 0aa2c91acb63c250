import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { CaseAccessService, typedCaseCode } from '@leidraad/api/case-access';
import { DomainError, FieldCipher, HelplineDatabase, HelplineSettings, rows } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type { AccessGrounds, AccessReason, CallerRole, CaseHeader, CodeWordMatches } from '@leidraad/shared/domain';
import { toCaseHeader, type CaseHeaderRow } from '../case/case.mapper';
import { CODE_WORD_HASH_PURPOSE, isUsableCodeWord, normaliseCodeWord, unusableCodeWord } from '../case/code-word';
import { lookupDecision, MISS_ALERT_THRESHOLD, overLookupLimit } from './lookup-rules';
import { CODE_WORD_SQL, COUNT_MISS_SQL, OPEN_BY_CODE_SQL } from './lookup.sql';

interface ThrottleColumns {
  lookups: number;
  retry_after: number;
}
type FoundRow = CaseHeaderRow & { grounds: AccessGrounds | null };
type OpenByCodeRow = ThrottleColumns & (FoundRow | { id: null });

/**
 * Finding a case by its exact code (or a forgotten code by code word + caller role): the way a
 * counsellor reaches a case that is not theirs (rule 5). Throttled per staff member, every
 * look-up audited, a burst of misses raises an alert. Open-by-code is a hot path: one statement
 * counts, finds and checks access; a second writes the audit event.
 */
@Injectable()
export class LookupService {
  private readonly logger = new Logger('CaseLookup');

  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccessService,
    private readonly helplines: HelplineSettings,
  ) {}

  /**
   * `POST /api/cases/lookup`: the case with this exact (canonical) code. A counsellor opening a
   * colleague's case breaks the glass with a reason (category + optional note, kept encrypted);
   * access itself is decided, audited and counted by the case-access service. The code may carry
   * the helpline's prefix (`NL-K7QF-3M9X-T`); one with another prefix is looked up as a code no case
   * has ('' — codes have 9 characters): the same answer, count, audit and timing as an unknown code.
   */
  async openByCode(staff: RequestStaff, typed: string, reason: AccessReason | undefined): Promise<CaseHeader> {
    const prefix = (await this.helplines.record(staff.helplineId))?.caseCodePrefix ?? null;
    const { code, display: caseCode } = typedCaseCode(typed, prefix);
    const [row] = await rows<OpenByCodeRow>(
      this.db.scope(staff),
      OPEN_BY_CODE_SQL.with({ staffId: staff.id, code: code ?? '', role: staff.role }),
    );
    const found = row.id !== null ? (row as FoundRow) : undefined;
    const decision = lookupDecision({
      lookups: row.lookups,
      found: found !== undefined,
      role: staff.role,
      hasAccess: (found?.grounds ?? null) !== null,
      reason,
    });
    const base = { helplineId: staff.helplineId, staffId: staff.id, entityType: 'case', caseCode } as const;
    switch (decision) {
      case 'throttled':
        await this.audit.record({
          ...base,
          action: 'case.lookup_throttled',
          outcome: 'denied',
        });
        throw this.throttled(row.retry_after);
      case 'miss':
        await this.recordMiss(staff, caseCode, 'code');
        throw new DomainError('not_found', 'No case has this code.');
      case 'reason_required':
        await this.audit.record({
          ...base,
          action: 'case.read',
          entityId: found?.id,
          outcome: 'denied',
          reason: 'no reason given for a colleague’s case',
        });
        throw new DomainError(
          'forbidden',
          'This case is assigned to a colleague. Give a reason to open it; the reason is recorded.',
          undefined,
          { reasonRequired: true },
        );
      case 'open_with_reason':
        await this.access.openWithReason(staff, found as FoundRow, reason as AccessReason, 'case.read');
        break;
      case 'open': {
        const access = await this.access.granted(staff, found, (found as FoundRow).id, 'case.read');
        await this.audit.record(access.event('case.read', { reason: 'by code' }));
        break;
      }
    }
    return toCaseHeader(found as CaseHeaderRow, this.cipher);
  }

  async byCodeWord(staff: RequestStaff, codeWord: string, callerRole: CallerRole): Promise<CodeWordMatches> {
    if (!isUsableCodeWord(codeWord)) throw unusableCodeWord();
    const normalised = normaliseCodeWord(codeWord);
    const hash = this.cipher.keyedHash(CODE_WORD_HASH_PURPOSE, normalised);
    const [row] = await rows<ThrottleColumns & { codes: string[] }>(
      this.db.scope(staff),
      CODE_WORD_SQL.with({ staffId: staff.id, hash, callerRole }),
    );
    if (overLookupLimit(row.lookups)) {
      await this.audit.record({
        helplineId: staff.helplineId,
        staffId: staff.id,
        action: 'case.lookup_throttled',
        entityType: 'case',
        outcome: 'denied',
        reason: 'code word',
      });
      throw this.throttled(row.retry_after);
    }
    if (row.codes.length === 0) {
      await this.recordMiss(staff, undefined, 'code word');
      return { codes: [] };
    }
    const codes = row.codes.map((code) => formatCaseCode(code));
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'case.lookup_code_word',
      entityType: 'case',
      outcome: 'success',
      reason: `caller role ${callerRole}; matches: ${codes.join(', ')}`,
    });
    return { codes };
  }

  private async recordMiss(staff: RequestStaff, caseCode: string | undefined, by: 'code' | 'code word'): Promise<void> {
    const [{ misses }] = await rows<{ misses: number }>(this.db.scope(staff), COUNT_MISS_SQL.with({ staffId: staff.id }));
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'case.lookup_miss',
      entityType: 'case',
      caseCode,
      outcome: 'failure',
      reason: `by ${by}`,
    });
    if (misses === MISS_ALERT_THRESHOLD) {
      // Once per window: the staff member id only, never the codes tried.
      this.logger.warn({ staffId: staff.id, misses }, 'burst of case look-up misses');
      await this.audit.record({
        helplineId: staff.helplineId,
        staffId: staff.id,
        action: 'case.lookup_alert',
        entityType: 'staff',
        entityId: staff.id,
        outcome: 'failure',
        reason: `${misses} look-up misses within a minute`,
      });
    }
  }

  private throttled(retryAfter: number): DomainError {
    return new DomainError('too_many_requests', 'Too many case look-ups; wait a moment and try again.', undefined, {
      retryAfter,
    });
  }
}
