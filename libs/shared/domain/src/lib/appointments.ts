import type { StaffRef } from './cases/case';
import type { ContactChannel } from './cases/contact';

/** Follow-up appointments (vervolgafspraken): types shared by the API and the web. */

export const APPOINTMENT_STATUSES = ['planned', 'done', 'no_show', 'cancelled', 'rescheduled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** The statuses a planned appointment can be set to directly (rescheduling has its own route). */
export const APPOINTMENT_OUTCOMES = ['done', 'no_show', 'cancelled'] as const;
export type AppointmentOutcome = (typeof APPOINTMENT_OUTCOMES)[number];

export const APPOINTMENT_PURPOSES = ['follow_up', 'safety_plan_evaluation', 'debrief'] as const;
export type AppointmentPurpose = (typeof APPOINTMENT_PURPOSES)[number];

export const APPOINTMENT_DURATION_MIN = 1;
/** Four hours: longer is not a conversation but a mistake. */
export const APPOINTMENT_DURATION_MAX = 240;
export const APPOINTMENT_DEFAULT_DURATION = 30;
/** Slot suggestions start on this grid (minutes past the hour). */
export const SLOT_GRID_MINUTES = 15;
export const SLOT_COUNT_MAX = 50;

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One working period of a weekday, in the helpline's local time (`HH:mm`, end after start). */
export interface WorkingPeriod {
  weekday: Weekday;
  start: string;
  end: string;
}

/** A period of absence, whole local days, both ends included (`YYYY-MM-DD`). */
export interface Absence {
  from: string;
  to: string;
}

export interface CounsellorSchedule {
  staffId: string;
  /** True while the counsellor has not set their own hours (Mon–Fri 09:00–17:00 applies). */
  isDefault: boolean;
  workingHours: WorkingPeriod[];
  absences: Absence[];
}

/** The default week when a counsellor has set none: Monday to Friday, 09:00–17:00. */
export const DEFAULT_WORKING_HOURS: readonly WorkingPeriod[] = ([1, 2, 3, 4, 5] as const).map((weekday) => ({
  weekday,
  start: '09:00',
  end: '17:00',
}));

export interface AppointmentView {
  id: string;
  caseId: string;
  caseCode: string;
  counsellor: StaffRef;
  /** ISO 8601 instants in UTC. */
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  channel: ContactChannel;
  purpose: AppointmentPurpose;
  status: AppointmentStatus;
  /** The contact that fulfilled it (status done). */
  contactId: string | null;
  /** Why it was cancelled (status cancelled). */
  cancelReason: string | null;
  /** The appointment this one replaces. */
  rescheduledFromId: string | null;
  /** The appointment that replaced this one (status rescheduled). */
  rescheduledToId: string | null;
  /** Booked outside working hours or during an absence, confirmed by whoever booked it. */
  outsideHours: boolean;
  version: number;
  createdBy: StaffRef;
  createdAt: string;
  updatedAt: string;
}

/** The result of a reschedule: the new appointment and the old one, now `rescheduled`. */
export interface RescheduleResult {
  appointment: AppointmentView;
  previous: AppointmentView;
}

export interface AppointmentSlot {
  startsAt: string;
  endsAt: string;
}

/** The time of the appointment in the way of a booking, named in a 409 as `conflictingAppointment` (never its case). */
export interface ConflictingAppointment {
  startsAt: string;
  endsAt: string;
}

/** A fresh calendar-feed URL; the token is shown this once and stored only as its SHA-256. */
export interface CalendarFeedCreated {
  token: string;
  path: string;
  createdAt: string;
}
