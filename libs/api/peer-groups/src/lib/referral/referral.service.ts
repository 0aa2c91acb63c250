import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AuditRecord, auditRefusals, AuditService, Refusal } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { type CaseAccess, CaseAccessService, typedCaseCode, type TypedCaseCode } from '@leidraad/api/case-access';
import {
  DomainError,
  FieldCipher,
  HelplineDatabase,
  HelplineSettings,
  isUniqueViolation,
  type Queryable,
  rows,
  sql,
} from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type { PeerGroupView, PeerReferralView, PeerWaitingEntry } from '@leidraad/shared/domain';
import { notFoundOrNoAccess } from '../common/refusals';
import { GroupService } from '../group/group.service';
import type { CreateReferralDto } from './referral.dto';
import { toReferralView, toWaitingEntry, type ReferralRow, type WaitingRow } from './referral.mapper';
import { ACTIVE_REFERRAL_INDEX, CASE_REFERRALS_SQL, LOCK_REFERRAL_SQL, WAITING_LIST_SQL } from './referral.sql';

interface LockedReferral {
  id: string;
  case_id: string;
  status: string;
  group_id: string | null;
  code: string;
}

/** Groups a case can be enrolled into. */
const OPEN_GROUP_STATUSES = ['planned', 'running'];

const CONTACT_IN_CASE_SQL = sql<{ contactId: string; caseId: string }>(`SELECT 1 FROM contact WHERE id = :contactId AND case_id = :caseId`);

const ACTIVE_REFERRAL_SQL = sql<{ caseId: string }>(
  `SELECT id, status FROM peer_referral WHERE case_id = :caseId AND withdrawn_at IS NULL`,
);

const INSERT_PEER_REFERRAL_SQL = sql<{ caseId: string; contactId: string; staffId: string }>(
  `INSERT INTO peer_referral (case_id, contact_id, referred_by) VALUES (:caseId, :contactId, :staffId) RETURNING id`,
);

const ENROL_SQL = sql<{ referralId: string; groupId: string; staffId: string }>(
  `UPDATE peer_referral SET status = 'enrolled', group_id = :groupId, enrolled_by = :staffId, enrolled_at = now() WHERE id = :referralId`,
);

const WITHDRAW_SQL = sql<{ referralId: string; staffId: string }>(
  `UPDATE peer_referral SET status = 'withdrawn', withdrawn_by = :staffId, withdrawn_at = now() WHERE id = :referralId`,
);

/** Referrals to the peer support group: waiting list in order of referral, enrolment, withdrawal. */
@Injectable()
export class ReferralService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly groups: GroupService,
    private readonly access: CaseAccessService,
    private readonly helplines: HelplineSettings,
  ) {}

  async refer(staff: RequestStaff, input: CreateReferralDto): Promise<PeerReferralView> {
    const prefix = (await this.helplines.record(staff.helplineId))?.caseCodePrefix ?? null;
    const typed = typedCaseCode(input.caseCode, prefix, 'caseCode');
    const event: AuditRecord = {
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'peer_referral.create',
      entityType: 'peer_referral',
      caseCode: typed.display,
      outcome: 'success',
    };
    try {
      return await auditRefusals(this.audit, () =>
        this.db.scope(staff).transaction(async (manager) => {
          const found = await this.accessibleCase(manager, staff, typed, event.action);
          const scoped = (fields: { outcome?: AuditRecord['outcome']; reason?: string; entityId?: string } = {}): AuditRecord =>
            found.event(event.action, { entityType: 'peer_referral', ...fields });
          const [contact]: unknown[] = await rows(manager, CONTACT_IN_CASE_SQL.with({ contactId: input.contactId, caseId: found.caseId }));
          if (!contact) {
            throw new Refusal(
              DomainError.forField('unprocessable', 'contactId', 'not_a_contact_of_case', 'contactId is not a contact of this case.'),
              scoped({ outcome: 'failure', reason: 'contact of another case' }),
            );
          }
          const [active]: { id: string; status: string }[] = await rows(manager, ACTIVE_REFERRAL_SQL.with({ caseId: found.caseId }));
          if (active) throw new Refusal(alreadyReferred(active), scoped({ outcome: 'failure', reason: 'already referred' }));
          const [{ id }]: { id: string }[] = await rows(
            manager,
            INSERT_PEER_REFERRAL_SQL.with({ caseId: found.caseId, contactId: input.contactId, staffId: staff.id }),
          );
          await this.audit.record(scoped({ entityId: id }), manager);
          const referrals = await this.referralsOfCase(manager, found.caseId);
          return referrals.find((referral) => referral.id === id) as PeerReferralView;
        }),
      );
    } catch (error) {
      // Two referrals of one case racing: the partial unique index lets one through.
      if (!isUniqueViolation(error, ACTIVE_REFERRAL_INDEX)) throw error;
      await this.audit.record({ ...event, outcome: 'failure', reason: 'already referred' });
      throw alreadyReferred();
    }
  }

  /** The referrals of one case (newest first), for the call screen: `GET /api/cases/{id}/peer-referrals`. */
  async forCase(staff: RequestStaff, caseId: string): Promise<PeerReferralView[]> {
    const action = 'peer_referral.read';
    return auditRefusals(this.audit, async () => {
      const found = await this.access.require(staff, caseId, action);
      const referrals = await this.referralsOfCase(this.db.scope(staff), caseId);
      await this.audit.record(found.event(action));
      return referrals;
    });
  }

  async waitingList(staff: RequestStaff): Promise<PeerWaitingEntry[]> {
    const list: WaitingRow[] = await rows(this.db.scope(staff), WAITING_LIST_SQL);
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'peer_referral.waiting_list',
      entityType: 'peer_referral',
      outcome: 'success',
      reason: `${list.length} waiting`,
    });
    return list.map(toWaitingEntry);
  }

  /**
   * Enrols a waiting referral into a group. The group row is locked first, so two enrolments
   * for the last seat run one after the other and the second finds the group full.
   */
  async enrol(staff: RequestStaff, groupId: string, referralId: string): Promise<PeerGroupView> {
    const event: AuditRecord = {
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'peer_referral.enrol',
      entityType: 'peer_referral',
      entityId: referralId,
      outcome: 'failure',
    };
    return auditRefusals(this.audit, () =>
      this.db.scope(staff).transaction(async (manager) => {
        const group = await this.groups.lockForEnrolment(manager, groupId);
        if (!group) throw new Refusal(notFoundOrNoAccess('group'), { ...event, reason: 'no such group' });
        const referral = await this.lockReferral(manager, referralId);
        if (!referral) {
          throw new Refusal(DomainError.forField('unprocessable', 'referralId', 'unknown_referral', 'No such referral.'), {
            ...event,
            reason: 'no such referral',
          });
        }
        const withCase = { ...event, caseCode: formatCaseCode(referral.code) };
        if (referral.status !== 'waiting') {
          throw new Refusal(
            DomainError.forField('conflict', 'referralId', 'not_waiting', 'This referral is not on the waiting list any more.', {
              currentStatus: referral.status,
            }),
            { ...withCase, reason: `referral ${referral.status}` },
          );
        }
        if (!OPEN_GROUP_STATUSES.includes(group.status)) {
          throw new Refusal(
            new DomainError('conflict', `This group is ${group.status}; it takes no enrolments.`, undefined, {
              currentStatus: group.status,
            }),
            { ...withCase, reason: `group ${group.status}` },
          );
        }
        if (group.enrolled_count >= group.capacity) {
          throw new Refusal(
            new DomainError(
              'conflict',
              `This group is full (${group.capacity} seats); nothing was written.`,
              [{ field: 'groupId', code: 'group_full', message: 'the group has no seats left' }],
              { capacity: group.capacity, enrolledCount: group.enrolled_count },
            ),
            { ...withCase, reason: 'group full' },
          );
        }
        await rows(manager, ENROL_SQL.with({ referralId, groupId, staffId: staff.id }));
        await this.audit.record({ ...withCase, outcome: 'success', reason: `group ${groupId}` }, manager);
        return (await this.groups.view(manager, groupId)) as PeerGroupView;
      }),
    );
  }

  /** Takes a referral off the waiting list or out of its group. */
  async withdraw(staff: RequestStaff, referralId: string): Promise<PeerReferralView> {
    const event: AuditRecord = {
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'peer_referral.withdraw',
      entityType: 'peer_referral',
      entityId: referralId,
      outcome: 'failure',
    };
    return auditRefusals(this.audit, () =>
      this.db.scope(staff).transaction(async (manager) => {
        const referral = await this.lockReferral(manager, referralId);
        if (!referral) throw new Refusal(notFoundOrNoAccess('referral'), { ...event, reason: 'no such referral' });
        const withCase = { ...event, caseCode: formatCaseCode(referral.code) };
        // Taking a case out of a group is group work (the group page offers it to whoever runs the
        // group); the waiting list belongs to the case: only for those who may work on the case.
        if (referral.status !== 'enrolled') {
          await this.access.require(staff, referral.case_id, event.action, {
            manager,
            record: { entityType: 'peer_referral', entityId: referralId, notFound: notFoundOrNoAccess('referral') },
          });
        }
        if (referral.status === 'withdrawn') {
          throw new Refusal(
            new DomainError('conflict', 'This referral was already withdrawn.', undefined, { currentStatus: referral.status }),
            { ...withCase, reason: 'already withdrawn' },
          );
        }
        await rows(manager, WITHDRAW_SQL.with({ referralId, staffId: staff.id }));
        await this.audit.record({ ...withCase, outcome: 'success', reason: `was ${referral.status}` }, manager);
        const referrals = await this.referralsOfCase(manager, referral.case_id);
        return referrals.find((entry) => entry.id === referralId) as PeerReferralView;
      }),
    );
  }

  private async lockReferral(manager: EntityManager, id: string): Promise<LockedReferral | undefined> {
    const [referral]: LockedReferral[] = await rows(manager, LOCK_REFERRAL_SQL.with({ id }));
    return referral;
  }

  private async referralsOfCase(db: Queryable, caseId: string): Promise<PeerReferralView[]> {
    const list: ReferralRow[] = await rows(db, CASE_REFERRALS_SQL.with({ caseId }));
    return list.map((row) => toReferralView(row, this.cipher));
  }

  /** The case of a code, if this staff member may work on it; "not found or no access" otherwise (audited). */
  private accessibleCase(manager: EntityManager, staff: RequestStaff, code: TypedCaseCode, action: string): Promise<CaseAccess> {
    return this.access.requireByCode(staff, code, action, { manager });
  }
}

function alreadyReferred(active?: { id: string; status: string }): DomainError {
  return DomainError.forField(
    'conflict',
    'caseCode',
    'already_referred',
    'This case already has an active referral (waiting or enrolled).',
    active ? { currentReferral: { id: active.id, status: active.status } } : undefined,
  );
}
