import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { auditRefusals, AuditService, type AuditRecord } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { type CaseAccess, CaseAccessService } from '@leidraad/api/case-access';
import { DomainError, FieldCipher, HelplineDatabase, HelplineSettings, type HelplineScope, type Queryable, rows } from '@leidraad/api/core';
import type {
  AgreementView,
  SafetyPlanChange,
  SafetyPlanDiff,
  SafetyPlanPrint,
  SafetyPlanStatus,
  SafetyPlanVersionSummary,
  SafetyPlanVersionView,
  SafetyPlanView,
} from '@leidraad/shared/domain';
import type { Language } from '@leidraad/shared/guide';
import { safetyPlanPdf } from './pdf/safety-plan-pdf';
import { diffAgreements } from './safety-plan.diff';
import type { ActivateSafetyPlanDto, EvaluateSafetyPlanDto, SaveSafetyPlanDto } from './safety-plan.dto';
import { agreementColumns, toAgreementView, toVersionSummary, type AgreementRow, type VersionRow } from './safety-plan.mapper';
import { withCaseCodePrefix } from '@leidraad/shared/case-code';
import { activationProblems, agreementIdProblems, evaluationProblems, statusAfterSave } from './safety-plan.rules';
import {
  AGREEMENTS_SQL,
  CONTACT_IN_CASE_SQL,
  INSERT_AGREEMENTS_SQL,
  INSERT_PLAN_SQL,
  INSERT_VERSION_SQL,
  PLAN_FOR_UPDATE_SQL,
  PLAN_SQL,
  PRINTABLE_VERSION_SQL,
  UPDATE_PLAN_SQL,
  VERSIONS_SQL,
} from './safety-plan.sql';

interface PlanRow {
  id: string;
  status: SafetyPlanStatus;
  version: number;
  activated_at: Date | null;
}

/** The plan as a write finds it, and what the write makes of it. */
interface CurrentPlan {
  status: SafetyPlanStatus | null;
  agreements: AgreementView[];
}
interface PlannedVersion {
  status: SafetyPlanStatus;
  change: SafetyPlanChange;
  agreements: AgreementView[];
}

const notFound = (what: string): DomainError => new DomainError('not_found', what);

/**
 * Safety plans: one per case, every change a new version with a full copy of the agreements,
 * so any version can be shown and compared with the one before. Every read and write is audited.
 */
@Injectable()
export class SafetyPlanService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccessService,
    private readonly helplines: HelplineSettings,
  ) {}

  read(staff: RequestStaff, caseId: string): Promise<SafetyPlanView> {
    return this.reading(staff, caseId, 'safety_plan.read', async (caseCode, scope) => {
      const plan = await this.plan(scope, caseId);
      if (!plan) return { caseId, caseCode, status: null, version: 0, agreements: [], lastChange: null };
      const [last] = await this.versionRows(scope, plan.id, plan.version);
      return {
        caseId,
        caseCode,
        status: plan.status,
        version: plan.version,
        agreements: await this.agreements(scope, last.id),
        lastChange: toVersionSummary(last),
      };
    });
  }

  versions(staff: RequestStaff, caseId: string): Promise<SafetyPlanVersionSummary[]> {
    return this.reading(staff, caseId, 'safety_plan.versions', async (_caseCode, scope) => {
      const plan = await this.plan(scope, caseId);
      return plan ? (await this.versionRows(scope, plan.id, null)).map(toVersionSummary) : [];
    });
  }

  version(staff: RequestStaff, caseId: string, number: number): Promise<SafetyPlanVersionView> {
    return this.reading(
      staff,
      caseId,
      'safety_plan.version_read',
      (_caseCode, scope) => this.versionView(scope, caseId, number),
      `version ${number}`,
    );
  }

  diff(staff: RequestStaff, caseId: string, number: number): Promise<SafetyPlanDiff> {
    return this.reading(
      staff,
      caseId,
      'safety_plan.diff',
      async (_caseCode, scope) => {
        const current = await this.versionView(scope, caseId, number);
        const previous = number > 1 ? await this.versionView(scope, caseId, number - 1) : null;
        return {
          version: number,
          previousVersion: previous?.number ?? null,
          statusBefore: previous?.status ?? null,
          statusAfter: current.status,
          agreements: diffAgreements(previous?.agreements ?? [], current.agreements),
        };
      },
      `version ${number}`,
    );
  }

  /** The plan as printed: the newest version that was active or evaluated. Audited as a print. */
  print(staff: RequestStaff, caseId: string): Promise<SafetyPlanPrint> {
    return this.reading(staff, caseId, 'safety_plan.print', (caseCode, scope) => this.printable(scope, caseId, caseCode));
  }

  pdf(staff: RequestStaff, caseId: string, language: Language): Promise<{ caseCode: string; pdf: Uint8Array }> {
    return this.reading(
      staff,
      caseId,
      'safety_plan.pdf',
      async (caseCode, scope) => ({
        caseCode,
        pdf: await safetyPlanPdf(await this.printable(scope, caseId, caseCode), language, await this.helplines.timeZone(scope)),
      }),
      `pdf ${language}`,
    );
  }

  /** Replaces the agreements; agreements keep their id when the client sends it back. */
  save(staff: RequestStaff, caseId: string, input: SaveSafetyPlanDto): Promise<SafetyPlanView> {
    return this.write(staff, caseId, 'safety_plan.update', input, (current) => {
      const problems = agreementIdProblems(new Set(current.agreements.map((agreement) => agreement.id)), input.agreements);
      if (problems.length > 0)
        return new DomainError('unprocessable', 'An agreement id does not continue an agreement of the plan.', problems);
      return {
        status: statusAfterSave(current.status),
        change: 'update',
        agreements: input.agreements.map((agreement) => ({
          id: agreement.id ?? randomUUID(),
          topic: agreement.topic,
          what: agreement.what,
          who: agreement.who,
          howChecked: agreement.howChecked?.trim() ? agreement.howChecked : null,
          reviewDate: agreement.reviewDate ?? null,
          evaluation: null,
        })),
      };
    });
  }

  activate(staff: RequestStaff, caseId: string, input: ActivateSafetyPlanDto): Promise<SafetyPlanView> {
    return this.write(staff, caseId, 'safety_plan.activate', input, (current) => {
      if (current.status !== 'draft') {
        return new DomainError('conflict', `Only a draft plan can be activated; this plan is ${current.status ?? 'not made yet'}.`, [
          { field: 'status', code: 'invalid_transition', message: `cannot activate a plan that is ${current.status ?? 'absent'}` },
        ]);
      }
      const problems = activationProblems(current.agreements);
      if (problems.length > 0) return new DomainError('unprocessable', 'The plan is not ready to be activated.', problems);
      return { status: 'active', change: 'activate', agreements: current.agreements };
    });
  }

  evaluate(staff: RequestStaff, caseId: string, input: EvaluateSafetyPlanDto): Promise<SafetyPlanView> {
    return this.write(staff, caseId, 'safety_plan.evaluate', input, (current) => {
      if (current.status !== 'active') {
        return new DomainError('conflict', `Only an active plan can be evaluated; this plan is ${current.status ?? 'not made yet'}.`, [
          { field: 'status', code: 'invalid_transition', message: `cannot evaluate a plan that is ${current.status ?? 'absent'}` },
        ]);
      }
      const problems = evaluationProblems(current.agreements, input.results);
      if (problems.length > 0)
        return new DomainError('unprocessable', 'The evaluation must give one result for every agreement.', problems);
      const results = new Map(input.results.map((result) => [result.agreementId, result]));
      return {
        status: 'evaluated',
        change: 'evaluate',
        agreements: current.agreements.map((agreement) => {
          const result = results.get(agreement.id);
          return result
            ? { ...agreement, evaluation: { result: result.result, note: result.note?.trim() ? result.note : null } }
            : agreement;
        }),
      };
    });
  }

  /**
   * One write, all or nothing: lock the plan, check the contact and the version, let `decide`
   * plan the new version, then store it with its agreements and the audit event. A refusal
   * writes nothing but its own audit event.
   */
  private async write(
    staff: RequestStaff,
    caseId: string,
    action: string,
    input: { version: number; contactId: string },
    decide: (current: CurrentPlan) => PlannedVersion | DomainError,
  ): Promise<SafetyPlanView> {
    const access = await this.caseAccess(staff, caseId, action);
    const caseCode = access.caseCode;
    const audit = (reason: string, outcome: AuditRecord['outcome'] = 'success'): AuditRecord => access.event(action, { outcome, reason });
    const outcome = await this.db.scope(staff).transaction(async (manager): Promise<SafetyPlanView | DomainError> => {
      const plan = await this.plan(manager, caseId, true);
      const [contact] = await rows<unknown>(manager, CONTACT_IN_CASE_SQL.with({ contactId: input.contactId, caseId }));
      if (!contact) {
        return new DomainError('unprocessable', 'contactId is not a contact of this case.', [
          { field: 'contactId', code: 'not_in_case', message: 'contactId must be a contact of this case' },
        ]);
      }
      const currentVersion = plan?.version ?? 0;
      if (input.version !== currentVersion) return this.versionConflict(currentVersion);
      const current: CurrentPlan = {
        status: plan?.status ?? null,
        agreements: plan ? await this.agreements(manager, await this.versionId(manager, plan.id, plan.version)) : [],
      };
      const planned = decide(current);
      if (planned instanceof DomainError) return planned;

      let planId = plan?.id;
      if (!planId) {
        const [created] = await rows<{ id: string }>(manager, INSERT_PLAN_SQL.with({ caseId }));
        if (!created) return this.versionConflict(null);
        planId = created.id;
      }
      const number = currentVersion + 1;
      const [version] = await rows<{ id: string }>(
        manager,
        INSERT_VERSION_SQL.with({
          planId,
          number,
          status: planned.status,
          change: planned.change,
          contactId: input.contactId,
          staffId: staff.id,
        }),
      );
      if (planned.agreements.length > 0) {
        await rows(manager, INSERT_AGREEMENTS_SQL.with({ versionId: version.id, ...agreementColumns(planned.agreements, this.cipher) }));
      }
      await rows(manager, UPDATE_PLAN_SQL.with({ planId, status: planned.status, number }));
      await this.audit.record(audit(`version ${number}: ${planned.change}, ${planned.status}`), manager);
      const [last] = await this.versionRows(manager, planId, number);
      return {
        caseId,
        caseCode,
        status: planned.status,
        version: number,
        agreements: planned.agreements,
        lastChange: toVersionSummary(last),
      };
    });
    if (outcome instanceof DomainError) {
      await this.audit.record(audit(outcome.message, 'failure'));
      throw outcome;
    }
    return outcome;
  }

  private versionConflict(currentVersion: number | null): DomainError {
    return new DomainError(
      'conflict',
      'The safety plan was changed in the meantime; reload it and make the change again.',
      [{ field: 'version', code: 'stale', message: 'version is not the current version of the plan' }],
      currentVersion === null ? undefined : { currentVersion },
    );
  }

  /** Runs a read after the access check and audits it: success, or failure when it is refused. */
  private async reading<T>(
    staff: RequestStaff,
    caseId: string,
    action: string,
    work: (caseCode: string, scope: HelplineScope) => Promise<T>,
    reason?: string,
  ): Promise<T> {
    const access = await this.caseAccess(staff, caseId, action);
    try {
      const value = await work(access.caseCode, this.db.scope(staff));
      await this.audit.record(access.event(action, { reason }));
      return value;
    } catch (error) {
      if (error instanceof DomainError) await this.audit.record(access.event(action, { outcome: 'failure', reason: error.message }));
      throw error;
    }
  }

  /** The case-access check every read and write starts with ("not found or no access", audited). */
  private caseAccess(staff: RequestStaff, caseId: string, action: string): Promise<CaseAccess> {
    return auditRefusals(this.audit, () => this.access.require(staff, caseId, action));
  }

  private async plan(db: Queryable, caseId: string, lock = false): Promise<PlanRow | undefined> {
    const [plan] = await rows<PlanRow>(db, (lock ? PLAN_FOR_UPDATE_SQL : PLAN_SQL).with({ caseId }));
    return plan;
  }

  private versionRows(db: Queryable, planId: string, number: number | null): Promise<VersionRow[]> {
    return rows<VersionRow>(db, VERSIONS_SQL.with({ planId, number }));
  }

  private async versionId(db: Queryable, planId: string, number: number): Promise<string> {
    const [row] = await this.versionRows(db, planId, number);
    return row.id;
  }

  private async agreements(db: Queryable, versionId: string): Promise<AgreementView[]> {
    const found = await rows<AgreementRow>(db, AGREEMENTS_SQL.with({ versionId }));
    return found.map((row) => toAgreementView(row, this.cipher));
  }

  private async versionView(scope: HelplineScope, caseId: string, number: number): Promise<SafetyPlanVersionView> {
    const plan = await this.plan(scope, caseId);
    const [row] = plan ? await this.versionRows(scope, plan.id, number) : [];
    if (!row) throw notFound(`The safety plan has no version ${number}.`);
    return { ...toVersionSummary(row), agreements: await this.agreements(scope, row.id) };
  }

  private async printable(scope: HelplineScope, caseId: string, caseCode: string): Promise<SafetyPlanPrint> {
    const plan = await this.plan(scope, caseId);
    const [printable] = plan ? await rows<{ number: number }>(scope, PRINTABLE_VERSION_SQL.with({ planId: plan.id })) : [];
    if (!plan || !printable) throw new DomainError('conflict', 'The plan has not been activated yet, so there is nothing to print.');
    const version = await this.versionView(scope, caseId, printable.number);
    const prefix = (await this.helplines.record(scope.helplineId))?.caseCodePrefix;
    return {
      // As the caller will read it back: with the helpline's prefix.
      caseCode: withCaseCodePrefix(caseCode, prefix),
      status: version.status,
      version: version.number,
      activatedAt: plan.activated_at?.toISOString() ?? null,
      agreements: version.agreements,
      helpline: await this.helplines.contact(scope),
    };
  }
}
