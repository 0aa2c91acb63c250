import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { auditRefusals, AuditService, Refusal } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { DomainError, FieldCipher, HelplineDatabase, place, type Queryable, rows, sql } from '@leidraad/api/core';
import type { PeerGroupSummary, PeerGroupView } from '@leidraad/shared/domain';
import { notFoundOrNoAccess } from '../common/refusals';
import { assertMeetingsInOrder, type MeetingInput } from './group-rules';
import type { CreatePeerGroupDto, UpdatePeerGroupDto } from './group.dto';
import { toEnrolment, toGroupSummary, type EnrolmentRow, type GroupRow } from './group.mapper';
import { ENROLLED_COUNT_SQL, ENROLMENTS_SQL, GROUP_SQL, LIST_GROUPS_SQL, LOCK_GROUP_SQL } from './group.sql';

export interface LockedGroup {
  id: string;
  capacity: number;
  status: string;
  version: number;
  enrolled_count: number;
}

/** The encrypted details of a group (`encryptDetails`). */
interface GroupDetails {
  name: Buffer;
  location: Buffer;
}

const INSERT_PEER_GROUP_SQL = sql<{ groupId: string; capacity: number; staffId: string } & GroupDetails>(
  `INSERT INTO peer_group (id, name, location, capacity, created_by, updated_by)
   VALUES (:groupId, :name, :location, :capacity, :staffId, :staffId) RETURNING id`,
);

const UPDATE_PEER_GROUP_SQL = sql<{ id: string; capacity: number; status: string; staffId: string } & GroupDetails>(
  `UPDATE peer_group SET name = :name, location = :location, capacity = :capacity, status = :status,
          version = version + 1, updated_by = :staffId, updated_at = now()
    WHERE id = :id`,
);

const DELETE_PEER_GROUP_MEETING_SQL = sql<{ id: string }>(`DELETE FROM peer_group_meeting WHERE group_id = :id`);

const INSERT_PEER_GROUP_MEETING_SQL = sql<{
  groupId: string;
  numbers: number[];
  startsAt: string[];
  themes: string[];
}>(`INSERT INTO peer_group_meeting (group_id, number, starts_at, theme_id)
       SELECT :groupId, n, s, t FROM unnest(:numbers::int[], :startsAt::timestamptz[], :themes::text[]) AS m(n, s, t)`);

/** Peer support groups: the supervisor plans them; counsellors and supervisors see them. */
@Injectable()
export class GroupService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
  ) {}

  async list(staff: RequestStaff): Promise<PeerGroupSummary[]> {
    const groups: GroupRow[] = await rows(this.db.scope(staff), LIST_GROUPS_SQL);
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'peer_group.list',
      entityType: 'peer_group',
      outcome: 'success',
      reason: `${groups.length} groups`,
    });
    return groups.map((row) => toGroupSummary(row, this.cipher));
  }

  async get(staff: RequestStaff, id: string): Promise<PeerGroupView> {
    const view = await this.view(this.db.scope(staff), id);
    if (!view) {
      await this.audit.record({
        helplineId: staff.helplineId,
        staffId: staff.id,
        action: 'peer_group.read',
        entityType: 'peer_group',
        entityId: id,
        outcome: 'failure',
        reason: 'not found',
      });
      throw notFoundOrNoAccess('group');
    }
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'peer_group.read',
      entityType: 'peer_group',
      entityId: id,
      outcome: 'success',
      reason: `${view.enrolments.length} enrolled`,
    });
    return view;
  }

  /** The name and location of group `id`, encrypted for their columns of its row. */
  private encryptDetails(id: string, input: { name: string; location: string }): GroupDetails {
    return {
      name: this.cipher.encrypt(input.name.trim(), place('peer_group', 'name', id)),
      location: this.cipher.encrypt(input.location.trim(), place('peer_group', 'location', id)),
    };
  }

  async create(staff: RequestStaff, input: CreatePeerGroupDto): Promise<PeerGroupView> {
    assertMeetingsInOrder(input.meetings);
    return this.db.scope(staff).transaction(async (manager) => {
      const groupId = randomUUID();
      const [{ id }] = await rows<{ id: string }>(
        manager,
        INSERT_PEER_GROUP_SQL.with({ groupId, ...this.encryptDetails(groupId, input), capacity: input.capacity, staffId: staff.id }),
      );
      await this.insertMeetings(manager, id, input.meetings);
      await this.audit.record(
        {
          helplineId: staff.helplineId,
          staffId: staff.id,
          action: 'peer_group.create',
          entityType: 'peer_group',
          entityId: id,
          outcome: 'success',
        },
        manager,
      );
      return (await this.view(manager, id)) as PeerGroupView;
    });
  }

  /** Replaces a group's details and meetings; `version` guards against two supervisors at once. */
  async update(staff: RequestStaff, id: string, input: UpdatePeerGroupDto): Promise<PeerGroupView> {
    assertMeetingsInOrder(input.meetings);
    const event = {
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'peer_group.update',
      entityType: 'peer_group',
      entityId: id,
    } as const;
    return auditRefusals(this.audit, () =>
      this.db.scope(staff).transaction(async (manager) => {
        const group = await this.lockForEnrolment(manager, id);
        if (!group) throw new Refusal(notFoundOrNoAccess('group'), { ...event, outcome: 'failure', reason: 'not found' });
        if (group.version !== input.version) {
          throw new Refusal(
            DomainError.forField('conflict', 'version', 'stale_version', 'Someone else changed this group; reload it.', {
              currentVersion: group.version,
            }),
            { ...event, outcome: 'failure', reason: 'stale version' },
          );
        }
        if (input.capacity < group.enrolled_count) {
          throw new Refusal(
            DomainError.forField(
              'conflict',
              'capacity',
              'below_enrolled',
              `${group.enrolled_count} cases are enrolled; capacity cannot be lower.`,
              { enrolledCount: group.enrolled_count },
            ),
            { ...event, outcome: 'failure', reason: 'capacity below enrolled' },
          );
        }
        await rows(
          manager,
          UPDATE_PEER_GROUP_SQL.with({
            id,
            ...this.encryptDetails(id, input),
            capacity: input.capacity,
            status: input.status,
            staffId: staff.id,
          }),
        );
        await rows(manager, DELETE_PEER_GROUP_MEETING_SQL.with({ id }));
        await this.insertMeetings(manager, id, input.meetings);
        await this.audit.record({ ...event, outcome: 'success' }, manager);
        return (await this.view(manager, id)) as PeerGroupView;
      }),
    );
  }

  /** The group with its meetings and enrolled cases (by code only), or undefined; in a helpline's scope or transaction. */
  async view(db: Queryable, id: string): Promise<PeerGroupView | undefined> {
    const [row]: GroupRow[] = await rows(db, GROUP_SQL.with({ id }));
    if (!row) return undefined;
    const enrolments: EnrolmentRow[] = await rows(db, ENROLMENTS_SQL.with({ id }));
    return { ...toGroupSummary(row, this.cipher), enrolments: enrolments.map(toEnrolment) };
  }

  /** Locks the group row for a change of its seats, then counts its enrolled cases; undefined for an unknown group. */
  async lockForEnrolment(manager: EntityManager, id: string): Promise<LockedGroup | undefined> {
    const [group]: Omit<LockedGroup, 'enrolled_count'>[] = await rows(manager, LOCK_GROUP_SQL.with({ id }));
    if (!group) return undefined;
    const [{ n }]: { n: number }[] = await rows(manager, ENROLLED_COUNT_SQL.with({ id }));
    return { ...group, enrolled_count: n };
  }

  private async insertMeetings(manager: EntityManager, groupId: string, meetings: readonly MeetingInput[]): Promise<void> {
    await rows(
      manager,
      INSERT_PEER_GROUP_MEETING_SQL.with({
        groupId,
        numbers: meetings.map((_, index) => index + 1),
        startsAt: meetings.map((m) => m.startsAt),
        themes: meetings.map((m) => m.themeId),
      }),
    );
  }
}
