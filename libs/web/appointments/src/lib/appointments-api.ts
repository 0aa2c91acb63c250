import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  AppointmentPurpose,
  AppointmentSlot,
  AppointmentView,
  CalendarFeedCreated,
  ConflictingAppointment,
  ContactChannel,
  CounsellorSchedule,
  ProblemDetails,
  RescheduleResult,
} from '@leidraad/shared/domain';

/** When: an instant (`startsAt`, e.g. a suggested slot) or wall time at the helpline (`localStart`). */
export type AppointmentStart = { startsAt: string } | { localStart: string };

export type NewAppointment = AppointmentStart & {
  durationMinutes: number;
  channel: ContactChannel;
  purpose: AppointmentPurpose;
  counsellorId?: string;
  allowOutsideHours?: boolean;
};

export type Reschedule = AppointmentStart & {
  version: number;
  durationMinutes?: number;
  counsellorId?: string;
  channel?: ContactChannel;
  allowOutsideHours?: boolean;
};

export type StatusChange =
  | { version: number; status: 'done'; contactId: string }
  | { version: number; status: 'no_show' }
  | { version: number; status: 'cancelled'; reason: string };

/** The appointment named in a double-booking 409, if this problem is one. */
export function conflictOf(problem: ProblemDetails): ConflictingAppointment | undefined {
  const conflict = problem['conflictingAppointment'] as ConflictingAppointment | undefined;
  return problem.status === 409 && conflict && typeof conflict.startsAt === 'string' ? conflict : undefined;
}

/** True when the API refused only because the time is outside working hours (or an absence). */
export function needsOutsideHoursConfirmation(problem: ProblemDetails): boolean {
  return problem.status === 422 && problem['confirmationRequired'] === 'allowOutsideHours';
}

/** The `code` of the first field error, e.g. `in_the_past` or `nonexistent_local_time`. */
export function fieldErrorCode(problem: ProblemDetails): string | undefined {
  return problem.errors?.[0]?.code;
}

function confirmHeaders(confirm?: readonly string[]): HttpHeaders | undefined {
  return confirm && confirm.length > 0 ? new HttpHeaders({ 'X-Confirm-Quasi-Identifiers': confirm.join(',') }) : undefined;
}

/** The appointments API (see libs/api/appointments/README.md for the routes and refusals). */
@Injectable({ providedIn: 'root' })
export class AppointmentsApi {
  private readonly http = inject(HttpClient);

  book(caseId: string, body: NewAppointment): Promise<AppointmentView> {
    return firstValueFrom(this.http.post<AppointmentView>(`/api/cases/${caseId}/appointments`, body));
  }

  ofCase(caseId: string): Promise<AppointmentView[]> {
    return firstValueFrom(this.http.get<AppointmentView[]>(`/api/cases/${caseId}/appointments`));
  }

  /** The agenda: appointments overlapping [from, to); without `counsellorId` all the API shows you. */
  agenda(from: string, to: string, counsellorId?: string): Promise<AppointmentView[]> {
    let params = new HttpParams().set('from', from).set('to', to);
    if (counsellorId) params = params.set('counsellorId', counsellorId);
    return firstValueFrom(this.http.get<AppointmentView[]>('/api/appointments', { params }));
  }

  overdue(counsellorId?: string): Promise<AppointmentView[]> {
    const params = counsellorId ? new HttpParams().set('counsellorId', counsellorId) : undefined;
    return firstValueFrom(this.http.get<AppointmentView[]>('/api/appointments/overdue', { params }));
  }

  slots(query: {
    counsellorId?: string;
    durationMinutes: number;
    from?: string;
    count: number;
    perDay?: number;
  }): Promise<AppointmentSlot[]> {
    let params = new HttpParams().set('durationMinutes', query.durationMinutes).set('count', query.count);
    if (query.perDay) params = params.set('perDay', query.perDay);
    if (query.counsellorId) params = params.set('counsellorId', query.counsellorId);
    if (query.from) params = params.set('from', query.from);
    return firstValueFrom(this.http.get<AppointmentSlot[]>('/api/appointments/slots', { params }));
  }

  get(id: string): Promise<AppointmentView> {
    return firstValueFrom(this.http.get<AppointmentView>(`/api/appointments/${id}`));
  }

  /** `confirm`: the confirmed quasi-identifier tokens of the cancel reason (`<ld-free-text>`). */
  setStatus(id: string, change: StatusChange, confirm?: readonly string[]): Promise<AppointmentView> {
    return firstValueFrom(this.http.post<AppointmentView>(`/api/appointments/${id}/status`, change, { headers: confirmHeaders(confirm) }));
  }

  reschedule(id: string, body: Reschedule): Promise<RescheduleResult> {
    return firstValueFrom(this.http.post<RescheduleResult>(`/api/appointments/${id}/reschedule`, body));
  }

  schedule(staffId: string): Promise<CounsellorSchedule> {
    return firstValueFrom(this.http.get<CounsellorSchedule>(`/api/schedules/${staffId}`));
  }

  /** A new secret feed URL; any previous one stops working. The token is shown this once. */
  rotateCalendarFeed(): Promise<CalendarFeedCreated> {
    return firstValueFrom(this.http.post<CalendarFeedCreated>('/api/me/calendar-feed', {}));
  }

  revokeCalendarFeed(): Promise<void> {
    return firstValueFrom(this.http.delete<void>('/api/me/calendar-feed'));
  }
}
