import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, isUniqueViolation, rows } from '@leidraad/api/core';
import { AuditService } from '@leidraad/api/audit';
import { passwordProblems, type Role, type StaffAccount } from '@leidraad/shared/domain';
import { SessionService } from '../session/session.service';
import type { CreateStaffDto, UpdateStaffDto } from './staff.dto';
import { toStaffAccount } from './staff.mapper';
import { hashPassword } from './password-hasher';
import {
  ACTIVE_COUNSELLORS_SQL,
  COUNT_STAFF_SQL,
  INSERT_STAFF_SQL,
  LIST_STAFF_SQL,
  LOCK_STAFF_SQL,
  SET_DISPLAY_NAME_SQL,
  SET_MEMBERSHIP_SQL,
  SET_PASSWORD_SQL,
  STAFF_BY_ID_SQL,
  UNLOCK_STAFF_SQL,
  type StaffAccountRow,
} from './staff.sql';
import { assertWholeAccountIsActors } from './account-owner';

const PASSWORD_MESSAGES = {
  too_short: 'must be at least 12 characters',
  too_long: 'must be at most 256 characters',
  common: 'is one of the most common passwords',
  contains_username: 'must not contain the username',
} as const;

export interface NewAccountOptions {
  helplineId?: string | null;
  platformAdmin?: boolean;
}

/** Staff accounts: what admins (and the `user:create` command) do to them. */
@Injectable()
export class StaffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /** `helplineId`: the admin's helpline; null (the command line) lists every account. */
  async list(helplineId: string | null): Promise<StaffAccount[]> {
    return (await rows<StaffAccountRow>(this.dataSource, LIST_STAFF_SQL.with({ helplineId }))).map(toStaffAccount);
  }

  async count(): Promise<number> {
    const [{ count }] = await rows<{ count: number }>(this.dataSource, COUNT_STAFF_SQL);
    return count;
  }

  /**
   * The new account is a member of `helplineId` (absent: the installation's first helpline).
   * `platformAdmin` (the command line and the demo accounts only) lets it create helplines.
   */
  async create(input: CreateStaffDto, actorId: string | null, options: NewAccountOptions = {}): Promise<StaffAccount> {
    const { helplineId = null, platformAdmin = false } = options;
    assertPassword(input.password, input.username);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [staff] = await rows<StaffAccountRow>(
          manager,
          INSERT_STAFF_SQL.with({
            username: input.username,
            displayName: input.displayName,
            role: input.role,
            passwordHash,
            helplineId,
            platformAdmin,
          }),
        );
        await this.audit.record(
          {
            staffId: actorId,
            helplineId: helplineId ?? undefined,
            action: 'staff.create',
            entityType: 'staff',
            entityId: staff.id,
            outcome: 'success',
          },
          manager,
        );
        return toStaffAccount(staff);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'staff_username_key')) {
        throw new DomainError('conflict', 'This username is already taken.', [
          {
            field: 'username',
            code: 'taken',
            message: 'username is already taken',
          },
        ]);
      }
      throw error;
    }
  }

  async update(id: string, input: UpdateStaffDto | null, actorId: string, helplineId: string | null): Promise<StaffAccount> {
    if (!input || (input.displayName === undefined && input.role === undefined && input.active === undefined)) {
      throw new DomainError('validation_failed', 'Nothing to change.', [
        {
          field: 'body',
          code: 'isNotEmpty',
          message: 'give at least one of displayName, role, active',
        },
      ]);
    }
    if (id === actorId && (input.active === false || (input.role && input.role !== 'admin'))) {
      throw new DomainError('unprocessable', 'You cannot deactivate yourself or give up your own admin role.');
    }
    return this.dataSource.transaction(async (manager) => {
      const [staff] = await rows<StaffAccountRow>(manager, LOCK_STAFF_SQL.with({ id, helplineId }));
      if (!staff) throw new DomainError('not_found', 'No such staff member.');
      const roleChanged = input.role !== undefined && input.role !== staff.role;
      const activeChanged = input.active !== undefined && input.active !== staff.active;
      const renamed = input.displayName !== undefined && input.displayName !== staff.display_name;
      // The name is the whole account's; the role and being active are the admin's helpline's.
      if (renamed) {
        await assertWholeAccountIsActors(manager, { id, actorId, helplineId });
        await rows(manager, SET_DISPLAY_NAME_SQL.with({ id, displayName: input.displayName as string }));
      }
      if (roleChanged || activeChanged) {
        const role = (input.role ?? staff.role) as Role;
        await rows(manager, SET_MEMBERSHIP_SQL.with({ id, helplineId, role, active: activeChanged ? (input.active as boolean) : null }));
        // A new role or a deactivation takes effect now, not when the old session runs out.
        await this.sessions.destroyInHelpline(id, helplineId, manager);
      }
      const [saved] = await rows<StaffAccountRow>(manager, STAFF_BY_ID_SQL.with({ id, helplineId }));
      await this.audit.record(
        {
          staffId: actorId,
          // The admin's helpline's audit chain; the command line's (null) in the installation's.
          helplineId: helplineId ?? undefined,
          action: 'staff.update',
          entityType: 'staff',
          entityId: id,
          outcome: 'success',
          reason: changeSummary(input),
        },
        manager,
      );
      return toStaffAccount(saved ?? staff);
    });
  }

  async unlock(id: string, actorId: string, helplineId: string | null): Promise<StaffAccount> {
    return this.dataSource.transaction(async (manager) => {
      const [staff] = await rows<StaffAccountRow>(manager, STAFF_BY_ID_SQL.with({ id, helplineId }));
      if (!staff) throw new DomainError('not_found', 'No such staff member.');
      await rows(manager, UNLOCK_STAFF_SQL.with({ id, helplineId }));
      const [saved] = await rows<StaffAccountRow>(manager, STAFF_BY_ID_SQL.with({ id, helplineId }));
      await this.audit.record(
        {
          staffId: actorId,
          // The admin's helpline's audit chain; the command line's (null) in the installation's.
          helplineId: helplineId ?? undefined,
          action: 'staff.unlock',
          entityType: 'staff',
          entityId: id,
          outcome: 'success',
        },
        manager,
      );
      return toStaffAccount(saved ?? staff);
    });
  }

  async setPassword(id: string, password: string, actorId: string | null, helplineId: string | null): Promise<void> {
    const [staff] = await rows<StaffAccountRow>(this.dataSource, STAFF_BY_ID_SQL.with({ id, helplineId }));
    if (!staff) throw new DomainError('not_found', 'No such staff member.');
    assertPassword(password, staff.username);
    const passwordHash = await hashPassword(password);
    await this.dataSource.transaction(async (manager) => {
      await assertWholeAccountIsActors(manager, { id, actorId, helplineId });
      await rows(manager, SET_PASSWORD_SQL.with({ id, passwordHash }));
      await this.sessions.destroyAllFor(id, manager);
      await this.audit.record(
        {
          staffId: actorId,
          // The admin's helpline's audit chain; the command line's (null) in the installation's.
          helplineId: helplineId ?? undefined,
          action: 'staff.set_password',
          entityType: 'staff',
          entityId: id,
          outcome: 'success',
        },
        manager,
      );
    });
  }

  /** The active counsellors of helpline `helplineId`. */
  async activeCounsellors(helplineId: string): Promise<{ id: string; displayName: string }[]> {
    const staff = await rows<{ id: string; display_name: string }>(this.dataSource, ACTIVE_COUNSELLORS_SQL.with({ helplineId }));
    return staff.map(({ id, display_name }) => ({
      id,
      displayName: display_name,
    }));
  }
}

export function assertPassword(password: string, username: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length > 0) {
    throw new DomainError(
      'validation_failed',
      'The password does not meet the policy.',
      problems.map((code) => ({
        field: 'password',
        code: `password_${code}`,
        message: `password ${PASSWORD_MESSAGES[code]}`,
      })),
    );
  }
}

function changeSummary(input: UpdateStaffDto): string {
  const parts: string[] = [];
  if (input.role) parts.push(`role=${input.role satisfies Role}`);
  if (input.active !== undefined) parts.push(`active=${input.active}`);
  if (input.displayName !== undefined) parts.push('displayName');
  return parts.join(', ');
}
