import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  DomainError,
  effectivePolicy,
  HelplineDatabase,
  HelplineSettings,
  isInvalidParameter,
  isUniqueViolation,
  memberRole,
  rows,
  sql,
  storedWorkingHours,
  workingHoursOf,
  type HelplineRecord,
} from '@leidraad/api/core';
import { AuditService, inTransaction, Refusal } from '@leidraad/api/audit';
import {
  DEFAULT_TIME_ZONE,
  HELPLINE_POLICY_KEYS,
  sortWorkingPeriods,
  workingPeriodProblems,
  type HelplineLanguage,
  type HelplineMembership,
  type HelplineProfile,
} from '@leidraad/shared/domain';
import type { RequestStaff } from '../session/request-staff';
import { hashPassword } from '../staff/password-hasher';
import { assertPassword } from '../staff/staff.service';
import { INSERT_STAFF_SQL } from '../staff/staff.sql';
import type { CreateHelplineDto, UpdateHelplineDto } from './helpline.dto';
import { requirePlatformAdmin } from './platform-admin';

const MY_HELPLINES_SQL = sql<{ staffId: string; current: string }>(
  `SELECT h.id, h.name, h.language, h.phone, h.website, h.time_zone AS "timeZone", h.working_hours, h.case_code_prefix AS "caseCodePrefix",
          h.id = :current::uuid AS current, m.role
     FROM helpline_member m JOIN helpline h ON h.id = m.helpline_id
    WHERE m.staff_id = :staffId AND m.active ORDER BY h.name, h.id`,
);

/** Moves the session to helpline :helplineId if its staff member works there; answers the session's id. */
const SWITCH_SQL = sql<{ sessionId: string; staffId: string; helplineId: string }>(
  `UPDATE staff_session s SET helpline_id = :helplineId
    WHERE s.id = :sessionId
      AND ${memberRole(':staffId::uuid')} IS NOT NULL
   RETURNING s.id`,
);

const INSERT_HELPLINE_SQL = sql<{ name: string; language: string; timeZone: string; phone: string | null; website: string | null }>(
  `INSERT INTO helpline (name, language, time_zone, phone, website) VALUES (:name, :language, :timeZone, :phone, :website)
   RETURNING id, name, language, phone, website, time_zone AS "timeZone", working_hours, case_code_prefix AS "caseCodePrefix", false AS current, NULL AS role`,
);

/** The profile and own settings of :helplineId, if it is still at :version; answers the new version. */
const UPDATE_HELPLINE_SQL = sql<{
  helplineId: string;
  version: number;
  name: string;
  language: string;
  phone: string | null;
  website: string | null;
  timeZone: string;
  workingHours: string;
  caseCodePrefix: string | null;
  settings: string;
}>(
  `UPDATE helpline SET name = :name, language = :language, phone = :phone, website = :website, time_zone = :timeZone,
          working_hours = :workingHours::jsonb, case_code_prefix = :caseCodePrefix, settings = :settings::jsonb, version = version + 1
    WHERE id = :helplineId AND version = :version
   RETURNING version`,
);

/**
 * Before a change of :helplineId's time zone: waits for transactions that refreshed its summaries
 * and holds off new ones until commit (migration 1764547000000); an unknown :timeZone fails here (22023).
 */
const LOCK_FOR_ZONE_SQL = sql<{ helplineId: string; timeZone: string }>(
  `SELECT supervision_lock_helpline(:helplineId), now() AT TIME ZONE :timeZone::text AS checked`,
);

/** Counts :helplineId's contacts, appointments and guide work again on the local days of its (new) zone. */
const REBUILD_SUMMARIES_SQL = sql<{ helplineId: string }>(`SELECT supervision_summaries_rebuild_helpline(:helplineId)`);

type MembershipRow = Omit<HelplineMembership, 'workingHours'> & { working_hours: unknown };

function membershipOf({ working_hours, ...row }: MembershipRow): HelplineMembership {
  return { ...row, workingHours: workingHoursOf(working_hours) };
}

/** The helplines a staff member works in, and which one their session works in (docs/tenancy.md). */
@Injectable()
export class HelplineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly settings: HelplineSettings,
    private readonly helplines: HelplineDatabase,
  ) {}

  async mine(staff: RequestStaff): Promise<HelplineMembership[]> {
    const found = await rows<MembershipRow>(this.dataSource, MY_HELPLINES_SQL.with({ staffId: staff.id, current: staff.helplineId }));
    return found.map(membershipOf);
  }

  /** The profile and settings of the session's helpline (admins). */
  async current(staff: RequestStaff): Promise<HelplineProfile> {
    this.settings.invalidate(staff.helplineId); // an admin reads what is stored, not a cached copy
    const record = await this.settings.record(staff.helplineId);
    if (!record) throw new DomainError('not_found', 'No such helpline.');
    return this.profile(record);
  }

  /**
   * Changes the session's helpline — never another: the id comes from the session, not the
   * request. Audited with the names of the changed fields; a stale version is refused (409). A new
   * time zone re-counts the helpline's summaries by the local days of that zone in the same
   * transaction (in the helpline's scope: row-level security limits it to that helpline's rows).
   */
  async update(staff: RequestStaff, input: UpdateHelplineDto): Promise<HelplineProfile> {
    const helplineId = staff.helplineId;
    const before = await this.current(staff);
    const workingHours = sortWorkingPeriods(input.workingHours ?? before.workingHours);
    const problems = workingPeriodProblems(workingHours);
    if (problems.length > 0) throw new DomainError('validation_failed', 'The request has invalid fields.', problems);
    const own = Object.fromEntries(
      HELPLINE_POLICY_KEYS.flatMap((key) => {
        const value = input.settings[key];
        return value === null || value === undefined ? [] : [[key, value]];
      }),
    );
    // In the helpline's own audit chain (docs/tenancy.md).
    const event = { staffId: staff.id, helplineId, action: 'helpline.update', entityType: 'helpline', entityId: helplineId } as const;
    const changes = {
      name: input.name,
      language: input.language,
      phone: input.phone ?? null,
      website: input.website ?? null,
      timeZone: input.timeZone,
      caseCodePrefix: input.caseCodePrefix === undefined ? before.caseCodePrefix : input.caseCodePrefix,
    };
    const changed = [
      ...(Object.keys(changes) as (keyof typeof changes)[]).filter((key) => before[key] !== changes[key]),
      ...(JSON.stringify(before.workingHours) === JSON.stringify(workingHours) ? [] : ['workingHours']),
      ...HELPLINE_POLICY_KEYS.filter((key) => before.settings[key] !== (own[key] ?? null)).map((key) => `settings.${key}`),
    ];
    const zoneChanged = before.timeZone !== changes.timeZone;
    try {
      await inTransaction(this.helplines.scope(staff), this.audit, async (manager) => {
        if (zoneChanged) await rows(manager, LOCK_FOR_ZONE_SQL.with({ helplineId, timeZone: changes.timeZone }));
        const [row] = await rows<{ version: number }>(
          manager,
          UPDATE_HELPLINE_SQL.with({
            helplineId,
            version: input.version,
            ...changes,
            workingHours: JSON.stringify(storedWorkingHours(workingHours)),
            settings: JSON.stringify(own),
          }),
        );
        if (!row) {
          throw new Refusal(
            new DomainError(
              'conflict',
              'The helpline was changed in the meantime; reload it and make the change again.',
              [{ field: 'version', code: 'stale', message: 'version is not the current version of the helpline' }],
              { currentVersion: before.version },
            ),
            { ...event, outcome: 'denied', reason: `stale version ${input.version}` },
          );
        }
        if (zoneChanged) await rows(manager, REBUILD_SUMMARIES_SQL.with({ helplineId }));
        const reason = changed.length > 0 ? `changed: ${changed.join(', ')}` : 'unchanged';
        await this.audit.record({ ...event, outcome: 'success', reason }, manager);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'helpline_name_key')) {
        throw new DomainError('conflict', 'A helpline with this name exists.', [
          { field: 'name', code: 'taken', message: 'name is already taken' },
        ]);
      }
      if (zoneChanged && isInvalidParameter(error)) {
        // A zone the API's Intl knows but PostgreSQL does not.
        throw DomainError.forField('validation_failed', 'timeZone', 'isTimeZone', 'timeZone must be a valid IANA time zone');
      }
      throw error;
    } finally {
      this.settings.invalidate(helplineId);
    }
    return this.current(staff);
  }

  private profile(record: HelplineRecord): HelplineProfile {
    const defaults = this.settings.defaults();
    return {
      id: record.id,
      name: record.name,
      language: record.language as HelplineLanguage,
      phone: record.phone,
      website: record.website,
      timeZone: record.timeZone,
      workingHours: record.workingHours,
      caseCodePrefix: record.caseCodePrefix,
      version: record.version,
      settings: record.settings,
      defaults,
      effective: effectivePolicy(record.settings, defaults),
    };
  }

  /**
   * The session works in `helplineId` from its next request on. A helpline one is not a member of
   * gets the same answer as one that does not exist.
   */
  async switchTo(staff: RequestStaff, helplineId: string): Promise<HelplineMembership[]> {
    const event = { staffId: staff.id, action: 'session.switch_helpline', entityType: 'helpline', entityId: helplineId } as const;
    await inTransaction(this.dataSource, this.audit, async (manager) => {
      const [moved] = await rows(manager, SWITCH_SQL.with({ sessionId: staff.sessionId, staffId: staff.id, helplineId }));
      if (!moved) throw new Refusal(new DomainError('not_found', 'No such helpline.'), { ...event, outcome: 'denied' });
      await this.audit.record({ ...event, outcome: 'success' }, manager);
    });
    return this.mine({ ...staff, helplineId });
  }

  /**
   * A new helpline and its first admin, in one transaction (platform admins only). The platform
   * admin does not become a member: they never see the new helpline's data.
   */
  async create(staff: RequestStaff, input: CreateHelplineDto): Promise<HelplineMembership> {
    const event = { staffId: staff.id, action: 'helpline.create', entityType: 'helpline' } as const;
    await requirePlatformAdmin(staff, this.audit, event, 'Only a platform admin may create a helpline.');
    try {
      assertPassword(input.admin.password, input.admin.username);
    } catch (error) {
      // The password is the first admin's: name the field where it sits in this request.
      if (error instanceof DomainError && error.errors) {
        throw new DomainError(
          error.code,
          error.message,
          error.errors.map((field) => ({ ...field, field: `admin.${field.field}` })),
        );
      }
      throw error;
    }
    const passwordHash = await hashPassword(input.admin.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [helpline] = await rows<MembershipRow>(
          manager,
          INSERT_HELPLINE_SQL.with({
            name: input.name,
            language: input.language,
            timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
            phone: input.phone ?? null,
            website: input.website ?? null,
          }),
        );
        const [admin] = await rows<{ id: string }>(
          manager,
          INSERT_STAFF_SQL.with({ ...input.admin, role: 'admin', passwordHash, helplineId: helpline.id, platformAdmin: false }),
        );
        // The new helpline's audit chain opens with its creation and its first admin.
        await this.audit.record({ ...event, helplineId: helpline.id, entityId: helpline.id, outcome: 'success' }, manager);
        await this.audit.record(
          {
            staffId: staff.id,
            helplineId: helpline.id,
            action: 'staff.create',
            entityType: 'staff',
            entityId: admin.id,
            outcome: 'success',
          },
          manager,
        );
        return membershipOf(helpline);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'helpline_name_key')) {
        throw new DomainError('conflict', 'A helpline with this name exists.', [
          { field: 'name', code: 'taken', message: 'name is already taken' },
        ]);
      }
      if (isUniqueViolation(error, 'staff_username_key')) {
        throw new DomainError('conflict', 'This username is already taken.', [
          { field: 'admin.username', code: 'taken', message: 'username is already taken' },
        ]);
      }
      throw error;
    }
  }
}
