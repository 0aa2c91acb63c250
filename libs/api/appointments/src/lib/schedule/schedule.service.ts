import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { DomainError, type Queryable, rows, sql } from '@leidraad/api/core';
import {
  DEFAULT_WORKING_HOURS,
  workingPeriodProblems,
  type CounsellorSchedule,
  type FieldError,
  type Weekday,
  type WorkingPeriod,
} from '@leidraad/shared/domain';
import { isLocalDate, minutesOfClock } from '../time/local-time';
import type { ScheduleRules } from './schedule-rules';
import type { PutScheduleDto } from './schedule.dto';
import { ABSENCES_SQL, MEMBER_ROLE_SQL, OWN_SCHEDULE_SQL, WORKING_PERIODS_SQL } from './schedule.sql';

const clock = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const INSERT_STAFF_SCHEDULE_SQL = sql<{
  staffId: string;
  updatedBy: string;
}>(`INSERT INTO staff_schedule (staff_id, updated_by) VALUES (:staffId, :updatedBy)
         ON CONFLICT (staff_id) DO UPDATE SET updated_by = :updatedBy, updated_at = now()`);

const DELETE_WORKING_PERIOD_SQL = sql<{ staffId: string }>(`DELETE FROM working_period WHERE staff_id = :staffId`);

const DELETE_STAFF_ABSENCE_SQL = sql<{ staffId: string }>(`DELETE FROM staff_absence WHERE staff_id = :staffId`);

const INSERT_WORKING_PERIOD_SQL = sql<{ staffId: string; weekday: number; startMinute: number | null; endMinute: number | null }>(
  `INSERT INTO working_period (staff_id, weekday, start_minute, end_minute) VALUES (:staffId, :weekday, :startMinute, :endMinute)`,
);

const INSERT_STAFF_ABSENCE_SQL = sql<{ staffId: string; from: string; to: string }>(
  `INSERT INTO staff_absence (staff_id, starts_on, ends_on) VALUES (:staffId, :from, :to)`,
);

/** Working hours and absences per counsellor: read by anyone planning, set by them or a supervisor. */
@Injectable()
export class ScheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(staff: RequestStaff, staffId: string): Promise<CounsellorSchedule> {
    await this.assertMayManage(staff, staffId, 'schedule.read');
    return this.schedule(this.dataSource, staffId);
  }

  async put(staff: RequestStaff, staffId: string, input: PutScheduleDto): Promise<CounsellorSchedule> {
    await this.assertMayManage(staff, staffId, 'schedule.update');
    const problems = scheduleProblems(input);
    if (problems.length > 0) throw new DomainError('validation_failed', 'The request has invalid fields.', problems);
    return this.dataSource.transaction(async (manager) => {
      // The schedule row serialises two saves of the same week.
      await rows(manager, INSERT_STAFF_SCHEDULE_SQL.with({ staffId, updatedBy: staff.id }));
      await rows(manager, DELETE_WORKING_PERIOD_SQL.with({ staffId }));
      await rows(manager, DELETE_STAFF_ABSENCE_SQL.with({ staffId }));
      for (const period of input.workingHours) {
        await rows(
          manager,
          INSERT_WORKING_PERIOD_SQL.with({
            staffId,
            weekday: period.weekday,
            startMinute: minutesOfClock(period.start),
            endMinute: minutesOfClock(period.end),
          }),
        );
      }
      for (const absence of input.absences) {
        await rows(manager, INSERT_STAFF_ABSENCE_SQL.with({ staffId, from: absence.from, to: absence.to }));
      }
      await this.audit.record(
        {
          helplineId: staff.helplineId,
          staffId: staff.id,
          action: 'schedule.update',
          entityType: 'staff',
          entityId: staffId,
          outcome: 'success',
        },
        manager,
      );
      return this.schedule(manager, staffId);
    });
  }

  /**
   * The rules slot suggestions and booking checks apply (the default week when none is set). The
   * tables are installation-wide (a person's own hours): the app's pool, a helpline's scope or a
   * transaction of either.
   */
  async rules(db: Queryable, staffId: string): Promise<ScheduleRules> {
    const { workingHours, absences } = await this.schedule(db, staffId);
    return { workingHours, absences };
  }

  private async schedule(db: Queryable, staffId: string): Promise<CounsellorSchedule> {
    const [own] = await rows<{ staff_id: string }>(db, OWN_SCHEDULE_SQL.with({ staffId }));
    const periods = await rows<{ weekday: number; start_minute: number; end_minute: number }>(db, WORKING_PERIODS_SQL.with({ staffId }));
    const absences = await rows<{ from: string; to: string }>(db, ABSENCES_SQL.with({ staffId }));
    return {
      staffId,
      isDefault: !own,
      workingHours: own
        ? periods.map((period) => ({
            weekday: period.weekday as Weekday,
            start: clock(period.start_minute),
            end: clock(period.end_minute),
          }))
        : [...DEFAULT_WORKING_HOURS],
      absences,
    };
  }

  /** Own schedule, or a supervisor's for anyone of their helpline; the staff member must be able to hold appointments there. */
  private async assertMayManage(staff: RequestStaff, staffId: string, action: string): Promise<void> {
    if (staff.role !== 'supervisor' && staff.id !== staffId) {
      await this.audit.record({
        helplineId: staff.helplineId,
        staffId: staff.id,
        action,
        entityType: 'staff',
        entityId: staffId,
        outcome: 'denied',
        reason: 'not own schedule',
      });
      throw new DomainError('forbidden', 'Only your own working hours, unless you are a supervisor.');
    }
    const [target] = await rows<{ role: string }>(this.dataSource, MEMBER_ROLE_SQL.with({ staffId, helplineId: staff.helplineId }));
    if (!target || target.role === 'admin') {
      throw new DomainError('not_found', 'No such counsellor.');
    }
  }
}

/** What the DTO cannot say alone: end after start, no overlaps in a day, real dates in order. */
export function scheduleProblems(input: {
  workingHours: readonly WorkingPeriod[];
  absences: readonly { from: string; to: string }[];
}): FieldError[] {
  const problems: FieldError[] = workingPeriodProblems(input.workingHours);
  input.absences.forEach((absence, index) => {
    if (!isLocalDate(absence.from))
      problems.push({ field: `absences[${index}].from`, code: 'isDate', message: 'from must be a calendar date' });
    else if (!isLocalDate(absence.to))
      problems.push({ field: `absences[${index}].to`, code: 'isDate', message: 'to must be a calendar date' });
    else if (absence.to < absence.from)
      problems.push({ field: `absences[${index}].to`, code: 'not_before_from', message: 'to must not be before from' });
  });
  return problems;
}
