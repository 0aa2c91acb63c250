import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AuditRecord, auditRefusals, AuditService, inTransaction, Refusal } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { type CaseAccess, CaseAccessService } from '@leidraad/api/case-access';
import {
  DomainError,
  FieldCipher,
  HelplineDatabase,
  HelplineScope,
  HelplineSettings,
  type InHelpline,
  place,
  type Queryable,
  rows,
  sql,
} from '@leidraad/api/core';
import {
  APPOINTMENT_DEFAULT_DURATION,
  type AppointmentPurpose,
  type AppointmentSlot,
  type AppointmentStatus,
  type AppointmentView,
  type ConflictingAppointment,
  type ContactChannel,
  type RescheduleResult,
} from '@leidraad/shared/domain';
import { isExclusionViolation, notFound } from '../common/refusal';
import { suggestSlots, withinWorkingHours } from '../schedule/schedule-rules';
import { ScheduleService } from '../schedule/schedule.service';
import { MINUTE_MS } from '../time/local-time';
import { resolveStart, type ResolvedStart } from './appointment-time';
import type {
  CreateAppointmentDto,
  ListAppointmentsQueryDto,
  OverdueQueryDto,
  RescheduleAppointmentDto,
  SetAppointmentStatusDto,
  SlotsQueryDto,
} from './appointment.dto';
import { toAppointmentView, type AppointmentJson } from './appointment.mapper';
import {
  APPOINTMENT_ROW_FOR_UPDATE_SQL,
  APPOINTMENT_ROW_SQL,
  APPOINTMENT_SELECT,
  APPOINTMENT_VIEW_SQL,
  BUSY_SQL,
  IN_THE_WAY_SQL,
  INSERT_APPOINTMENT_SQL,
  NO_DOUBLE_BOOKING,
  visibleCondition,
} from './appointment.sql';
import { MEMBER_ROLE_SQL } from '../schedule/schedule.sql';

/** The longest range one agenda request may ask for (a month view and a bit). */
const AGENDA_MAX_DAYS = 62;
const DAY_MS = 86_400_000;

interface AppointmentRow {
  id: string;
  case_id: string;
  counsellor_id: string;
  starts_at: Date;
  ends_at: Date;
  duration_minutes: number;
  channel: ContactChannel;
  purpose: AppointmentPurpose;
  status: AppointmentStatus;
  version: number;
}

/** An appointment and the access to its case (`holder` for one booked with this staff member). */
interface AppointmentAccess {
  row: AppointmentRow;
  access: CaseAccess;
  /** An audit event about this appointment, in the case's audit scope. */
  event: (fields?: { outcome?: AuditRecord['outcome']; reason?: string }) => AuditRecord;
}

/** What a booking asks for, kept outside the transaction to explain a double-booking refusal. */
interface Booking {
  caseId: string;
  counsellorId: string;
  start: ResolvedStart;
  end: number;
  /** Appointments that cannot be in the way (the one being rescheduled). */
  replaces: string[];
  /** Set once the case-access check passed: what a double-booking refusal is audited with. */
  caseCode?: string;
}

const CASE_APPOINTMENTS_SQL = sql<{ caseId: string }>(`${APPOINTMENT_SELECT} WHERE a.case_id = :caseId ORDER BY a.starts_at, a.created_at`);

const AGENDA_SQL = sql<{ from: string; to: string; counsellorId: string | null; staffId: string; role: string }>(`${APPOINTMENT_SELECT}
        WHERE a.starts_at < :to AND a.ends_at > :from AND (:counsellorId::uuid IS NULL OR a.counsellor_id = :counsellorId)
          AND ${visibleCondition('a', 'c', ':staffId', ':role')}
        ORDER BY a.starts_at, a.id`);

const OVERDUE_SQL = sql<{ counsellorId: string | null }>(`${APPOINTMENT_SELECT}
        WHERE a.status = 'planned' AND a.ends_at <= now() AND (:counsellorId::uuid IS NULL OR a.counsellor_id = :counsellorId)
        ORDER BY a.starts_at, a.id`);

const CONTACT_IN_CASE_SQL = sql<{ contactId: string | null; caseId: string }>(
  `SELECT id FROM contact WHERE id = :contactId AND case_id = :caseId`,
);

const SET_STATUS_SQL = sql<{
  id: string;
  status: string;
  contactId: string | null;
  cancelReason: Buffer | null;
  staffId: string;
}>(`UPDATE appointment SET status = :status, contact_id = :contactId, cancel_reason = :cancelReason, version = version + 1,
                updated_by = :staffId, updated_at = now()
          WHERE id = :id`);

const MARK_RESCHEDULED_SQL = sql<{
  id: string;
  staffId: string;
}>(`UPDATE appointment SET status = 'rescheduled', version = version + 1, updated_by = :staffId, updated_at = now()
            WHERE id = :id`);

/** Follow-up appointments: booking (double bookings refused by PostgreSQL), status, reschedule, agenda. */
@Injectable()
export class AppointmentService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly schedules: ScheduleService,
    private readonly access: CaseAccessService,
    private readonly settings: HelplineSettings,
  ) {}

  async create(staff: RequestStaff, caseId: string, input: CreateAppointmentDto): Promise<AppointmentView> {
    const action = 'appointment.create';
    const start = resolveStart(input, await this.settings.timeZone(staff));
    const booking: Booking = {
      caseId,
      counsellorId: input.counsellorId ?? staff.id,
      start,
      end: start.instant + input.durationMinutes * MINUTE_MS,
      replaces: [],
    };
    assertFuture(start);
    return this.refuseDoubleBooking(staff, action, booking, () =>
      inTransaction(this.db.scope(staff), this.audit, async (manager) => {
        const found = await this.access.require(staff, caseId, action, { manager });
        booking.caseCode = found.caseCode;
        if (found.row.status === 'closed') {
          throw new Refusal(
            new DomainError('conflict', 'This case is closed; reopen it before planning a follow-up.'),
            found.event(action, { outcome: 'failure', reason: 'case is closed' }),
          );
        }
        const outsideHours = await this.checkBooking(manager, staff, booking, input.allowOutsideHours);
        const id = await this.insert(manager, staff, booking, {
          durationMinutes: input.durationMinutes,
          channel: input.channel,
          purpose: input.purpose,
          outsideHours,
          rescheduledFromId: null,
        });
        await this.audit.record(found.event(action, { entityType: 'appointment', entityId: id }), manager);
        return this.view(manager, id);
      }),
    );
  }

  async listForCase(staff: RequestStaff, caseId: string): Promise<AppointmentView[]> {
    const action = 'appointment.list';
    return auditRefusals(this.audit, async () => {
      const found = await this.access.require(staff, caseId, action);
      const list = await rows<{ appointment: AppointmentJson }>(this.db.scope(staff), CASE_APPOINTMENTS_SQL.with({ caseId }));
      await this.audit.record(found.event(action));
      return list.map((row) => toAppointmentView(row.appointment, this.cipher));
    });
  }

  /** The agenda: appointments overlapping [from, to) that this staff member may see. */
  async agenda(staff: RequestStaff, query: ListAppointmentsQueryDto): Promise<AppointmentView[]> {
    const from = Date.parse(query.from);
    const to = Date.parse(query.to);
    if (to <= from) throw DomainError.forField('validation_failed', 'to', 'not_after_from', 'to must be after from');
    if (to - from > AGENDA_MAX_DAYS * DAY_MS) {
      throw DomainError.forField('validation_failed', 'to', 'range_too_long', `Ask for at most ${AGENDA_MAX_DAYS} days at once.`);
    }
    const list = await rows<{ appointment: AppointmentJson }>(
      this.db.scope(staff),
      AGENDA_SQL.with({
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
        counsellorId: query.counsellorId ?? null,
        staffId: staff.id,
        role: staff.role,
      }),
    );
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'appointment.agenda',
      entityType: 'staff',
      entityId: query.counsellorId,
      outcome: 'success',
      reason: `${list.length} appointments`,
    });
    return list.map((row) => toAppointmentView(row.appointment, this.cipher));
  }

  /** Planned appointments whose time has passed: a counsellor's own; a supervisor's team. */
  async overdue(staff: RequestStaff, query: OverdueQueryDto): Promise<AppointmentView[]> {
    const action = 'appointment.overdue';
    if (staff.role !== 'supervisor' && query.counsellorId && query.counsellorId !== staff.id) {
      await this.audit.record({
        helplineId: staff.helplineId,
        staffId: staff.id,
        action,
        entityType: 'staff',
        entityId: query.counsellorId,
        outcome: 'denied',
        reason: 'not own appointments',
      });
      throw new DomainError('forbidden', 'Counsellors see only their own overdue appointments.');
    }
    const counsellorId = staff.role === 'supervisor' ? (query.counsellorId ?? null) : staff.id;
    const list = await rows<{ appointment: AppointmentJson }>(this.db.scope(staff), OVERDUE_SQL.with({ counsellorId }));
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action,
      entityType: 'staff',
      entityId: counsellorId ?? undefined,
      outcome: 'success',
      reason: `${list.length} appointments`,
    });
    return list.map((row) => toAppointmentView(row.appointment, this.cipher));
  }

  async get(staff: RequestStaff, id: string): Promise<AppointmentView> {
    const action = 'appointment.read';
    return auditRefusals(this.audit, async () => {
      const scope = this.db.scope(staff);
      const found = await this.appointmentFor(scope, staff, id, action);
      await this.audit.record(found.event());
      return this.view(scope, id);
    });
  }

  /** Done (with the contact that fulfilled it), no-show, or cancelled (with a reason). */
  async setStatus(staff: RequestStaff, id: string, input: SetAppointmentStatusDto): Promise<AppointmentView> {
    if (input.status !== 'done' && input.contactId !== undefined)
      throw DomainError.forField('validation_failed', 'contactId', 'only_when_done', 'contactId belongs only to status done.');
    if (input.status !== 'cancelled' && input.reason !== undefined)
      throw DomainError.forField('validation_failed', 'reason', 'only_when_cancelled', 'reason belongs only to status cancelled.');
    const action = `appointment.${input.status === 'cancelled' ? 'cancel' : input.status}`;
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const found = await this.appointmentFor(manager, staff, id, action, { lock: true });
      const row = found.row;
      this.assertChangeable(found, input.version);
      if (input.status === 'no_show' && row.starts_at.getTime() > Date.now()) {
        throw DomainError.forField('unprocessable', 'status', 'not_started', 'An appointment that has not started cannot be a no-show.');
      }
      if (input.status === 'done') {
        const [contact] = await rows<{ id: string }>(
          manager,
          CONTACT_IN_CASE_SQL.with({ contactId: input.contactId ?? null, caseId: row.case_id }),
        );
        if (!contact) {
          throw DomainError.forField('unprocessable', 'contactId', 'not_in_case', 'contactId must be a contact of this case.');
        }
      }
      await rows(
        manager,
        SET_STATUS_SQL.with({
          id,
          status: input.status,
          contactId: input.status === 'done' ? (input.contactId ?? null) : null,
          cancelReason:
            input.status === 'cancelled' ? this.cipher.encrypt(input.reason as string, place('appointment', 'cancel_reason', id)) : null,
          staffId: staff.id,
        }),
      );
      await this.audit.record(found.event(), manager);
      return this.view(manager, id);
    });
  }

  /** A new appointment replacing a planned one, which becomes `rescheduled`: one transaction. */
  async reschedule(staff: RequestStaff, id: string, input: RescheduleAppointmentDto): Promise<RescheduleResult> {
    const action = 'appointment.reschedule';
    const start = resolveStart(input, await this.settings.timeZone(staff));
    assertFuture(start);
    // Filled in once the old appointment is read: what a double-booking refusal explains.
    const booking: Booking = {
      caseId: '',
      counsellorId: '',
      start,
      end: 0,
      replaces: [id],
    };
    return this.refuseDoubleBooking(staff, action, booking, () =>
      inTransaction(this.db.scope(staff), this.audit, async (manager) => {
        const found = await this.appointmentFor(manager, staff, id, action, { lock: true });
        const row = found.row;
        this.assertChangeable(found, input.version);
        const durationMinutes = input.durationMinutes ?? row.duration_minutes;
        booking.caseId = row.case_id;
        booking.caseCode = found.access.caseCode;
        booking.counsellorId = input.counsellorId ?? row.counsellor_id;
        booking.end = start.instant + durationMinutes * MINUTE_MS;
        const outsideHours = await this.checkBooking(manager, staff, booking, input.allowOutsideHours);
        // The old one first, so it is no longer `planned` when the new one is checked against it.
        await rows(manager, MARK_RESCHEDULED_SQL.with({ id, staffId: staff.id }));
        const newId = await this.insert(manager, staff, booking, {
          durationMinutes,
          channel: input.channel ?? row.channel,
          purpose: row.purpose,
          outsideHours,
          rescheduledFromId: id,
        });
        await this.audit.record(found.event(), manager);
        await this.audit.record(
          found.access.event('appointment.create', { entityType: 'appointment', entityId: newId, reason: `rescheduled from ${id}` }),
          manager,
        );
        return { appointment: await this.view(manager, newId), previous: await this.view(manager, id) };
      }),
    );
  }

  /** The next free slots of a counsellor within their working hours. */
  async slots(staff: RequestStaff, query: SlotsQueryDto): Promise<AppointmentSlot[]> {
    const counsellorId = query.counsellorId ?? staff.id;
    const scope = this.db.scope(staff);
    await this.assertCounsellor(scope, staff, counsellorId, 'counsellorId');
    const from = Math.max(Date.now(), query.from ? Date.parse(query.from) : 0);
    const rules = await this.schedules.rules(scope, counsellorId);
    const busy = await rows<{ starts_at: Date; ends_at: Date }>(
      scope,
      BUSY_SQL.with({ counsellorId, from: new Date(from).toISOString(), to: new Date(from + 62 * DAY_MS).toISOString() }),
    );
    return suggestSlots({
      from,
      durationMinutes: query.durationMinutes ?? APPOINTMENT_DEFAULT_DURATION,
      count: query.count ?? 5,
      perDay: query.perDay,
      rules,
      busy: busy.map((row) => ({ start: row.starts_at.getTime(), end: row.ends_at.getTime() })),
      timeZone: await this.settings.timeZone(staff),
    }).map((slot) => ({
      startsAt: new Date(slot.start).toISOString(),
      endsAt: new Date(slot.end).toISOString(),
    }));
  }

  /**
   * Runs a booking; when PostgreSQL's exclusion constraint refuses it (also when two requests
   * race), answers 409 naming the appointment in the way, and audits the refusal.
   */
  private async refuseDoubleBooking<T>(staff: RequestStaff, action: string, booking: Booking, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!isExclusionViolation(error, NO_DOUBLE_BOOKING)) throw error;
      const [other] = await rows<{ id: string; starts_at: Date; ends_at: Date }>(
        this.db.scope(staff),
        IN_THE_WAY_SQL.with({
          counsellorId: booking.counsellorId,
          startsAt: new Date(booking.start.instant).toISOString(),
          endsAt: new Date(booking.end).toISOString(),
          replaces: booking.replaces,
        }),
      );
      await this.audit.record({
        helplineId: staff.helplineId,
        staffId: staff.id,
        action,
        entityType: 'case',
        entityId: booking.caseId,
        caseCode: booking.caseCode,
        outcome: 'failure',
        reason: other ? `double booking: overlaps appointment ${other.id}` : 'double booking',
      });
      // Only the time in the way: the case (or its code) may be a colleague's, which the booker may not see.
      const conflicting: ConflictingAppointment | null = other
        ? { startsAt: other.starts_at.toISOString(), endsAt: other.ends_at.toISOString() }
        : null;
      const message = conflicting
        ? `The counsellor already has an appointment from ${conflicting.startsAt} to ${conflicting.endsAt}; nothing was saved.`
        : 'The counsellor already has an appointment then; nothing was saved.';
      throw new DomainError('conflict', message, [{ field: booking.start.field, code: 'double_booking', message }], {
        conflictingAppointment: conflicting,
      });
    }
  }

  /** Who holds it exists and may hold appointments in this helpline; inside working hours unless confirmed. */
  private async checkBooking(
    manager: EntityManager,
    staff: InHelpline,
    booking: Booking,
    allowOutsideHours: boolean | undefined,
  ): Promise<boolean> {
    await this.assertCounsellor(manager, staff, booking.counsellorId, 'counsellorId', 'unprocessable');
    const rules = await this.schedules.rules(manager, booking.counsellorId);
    const timeZone = await this.settings.timeZone(staff);
    const within = withinWorkingHours({ start: booking.start.instant, end: booking.end }, rules, timeZone);
    if (!within && allowOutsideHours !== true) {
      throw DomainError.forField(
        'unprocessable',
        booking.start.field,
        'outside_working_hours',
        'This is outside the counsellor’s working hours or during an absence. Send allowOutsideHours: true to book it anyway.',
        { confirmationRequired: 'allowOutsideHours' },
      );
    }
    return !within;
  }

  /** `staffId` is an active counsellor or supervisor of the helpline `of` works in. */
  private async assertCounsellor(
    db: Queryable,
    of: InHelpline,
    staffId: string,
    field: string,
    code: 'unprocessable' | 'not_found' = 'not_found',
  ): Promise<void> {
    const [target] = await rows<{ role: string }>(db, MEMBER_ROLE_SQL.with({ staffId, helplineId: of.helplineId }));
    if (target && target.role !== 'admin') return;
    if (code === 'not_found') throw new DomainError('not_found', 'No such counsellor.');
    throw DomainError.forField('unprocessable', field, 'not_a_counsellor', `${field} must be an active counsellor or supervisor.`);
  }

  private assertChangeable({ row, event }: AppointmentAccess, version: number): void {
    if (row.status !== 'planned') {
      throw new Refusal(
        new DomainError('conflict', `This appointment is ${row.status} already; nothing was saved.`, undefined, {
          currentStatus: row.status,
          currentVersion: row.version,
        }),
        event({ outcome: 'failure', reason: `status is ${row.status}` }),
      );
    }
    if (row.version !== version) {
      throw new Refusal(
        new DomainError('conflict', 'The appointment was changed since you loaded it; nothing was saved.', undefined, {
          currentVersion: row.version,
        }),
        event({ outcome: 'failure', reason: `stale version ${version} (current ${row.version})` }),
      );
    }
  }

  private async insert(
    manager: EntityManager,
    staff: RequestStaff,
    booking: Booking,
    fields: {
      durationMinutes: number;
      channel: ContactChannel;
      purpose: AppointmentPurpose;
      outsideHours: boolean;
      rescheduledFromId: string | null;
    },
  ): Promise<string> {
    const [row] = await rows<{ id: string }>(
      manager,
      INSERT_APPOINTMENT_SQL.with({
        caseId: booking.caseId,
        counsellorId: booking.counsellorId,
        startsAt: new Date(booking.start.instant).toISOString(),
        durationMinutes: fields.durationMinutes,
        channel: fields.channel,
        purpose: fields.purpose,
        outsideHours: fields.outsideHours,
        rescheduledFromId: fields.rescheduledFromId,
        staffId: staff.id,
      }),
    );
    return row.id;
  }

  /**
   * An appointment, if this staff member may see it: they hold it, or they may reach its case
   * (the case-access check, `holder` grounds for the former). "Not found or no access", audited.
   * In a transaction (`db` its manager) or on its own (`db` the staff member's scope).
   */
  private async appointmentFor(
    db: HelplineScope | EntityManager,
    staff: RequestStaff,
    id: string,
    action: string,
    options: { lock?: boolean } = {},
  ): Promise<AppointmentAccess> {
    const [row] = await rows<AppointmentRow>(db, (options.lock ? APPOINTMENT_ROW_FOR_UPDATE_SQL : APPOINTMENT_ROW_SQL).with({ id }));
    const record = { entityType: 'appointment', entityId: id, notFound: notFound('appointment') };
    if (!row) {
      throw new Refusal(notFound('appointment'), {
        helplineId: staff.helplineId,
        staffId: staff.id,
        action,
        entityType: 'appointment',
        entityId: id,
        outcome: 'failure',
        reason: 'no such appointment',
      });
    }
    const access = await this.access.require(staff, row.case_id, action, {
      manager: db instanceof HelplineScope ? undefined : db,
      record,
      holder: row.counsellor_id === staff.id,
    });
    return {
      row,
      access,
      event: (fields = {}) => access.event(action, { entityType: 'appointment', entityId: id, ...fields }),
    };
  }

  private async view(db: Queryable, id: string): Promise<AppointmentView> {
    const [row] = await rows<{ appointment: AppointmentJson }>(db, APPOINTMENT_VIEW_SQL.with({ id }));
    return toAppointmentView(row.appointment, this.cipher);
  }
}

/** An appointment starts in the future. */
function assertFuture(start: ResolvedStart): void {
  if (Number.isNaN(start.instant) || start.instant <= Date.now()) {
    throw DomainError.forField('unprocessable', start.field, 'in_the_past', 'An appointment cannot start in the past.');
  }
}
