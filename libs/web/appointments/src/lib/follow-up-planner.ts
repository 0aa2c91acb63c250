import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APPOINTMENT_DEFAULT_DURATION,
  APPOINTMENT_PURPOSES,
  CONTACT_CHANNELS,
  type AppointmentPurpose,
  type AppointmentSlot,
  type AppointmentView,
  type ConflictingAppointment,
  type ContactChannel,
  type StaffRef,
} from '@leidraad/shared/domain';
import { AuthService, CasesApi, genericErrorKey, problemOf } from '@leidraad/web/core';
import { DateInput, helplineTodayHere } from '@leidraad/web/ui';
import { groupSlotsByDay } from './agenda-layout';
import { addDays, instantOfLocal, rangeOfDays } from './agenda-time';
import {
  AppointmentsApi,
  conflictOf,
  fieldErrorCode,
  needsOutsideHoursConfirmation,
  type AppointmentStart,
  type NewAppointment,
} from './appointments-api';
import { CancelAppointment } from './cancel-appointment';
import { DutchTimePipe } from './dutch-time.pipe';

export const PLANNER_DURATIONS = [15, 30, 45, 60, 90] as const;
const SLOT_COUNT = 8;
/** Proposed slots per day, spread over it, so the proposal offers several days. */
const SLOTS_PER_DAY = 3;
const KNOWN_REFUSALS = ['in_the_past', 'nonexistent_local_time'];

/**
 * `ld-follow-up-planner`: plan the next conversation from the call screen, before hanging up.
 *
 *   <ld-follow-up-planner [caseId]="caseId" [contactId]="contactId" [suggestedDate]="reviewDate" (planned)="…" />
 *
 * Inputs:
 * - `caseId` (required): the case the appointment is for.
 * - `contactId` (required): the contact being held now; a new contact resets the planner.
 * - `suggestedDate` (optional, `YYYY-MM-DD` date at the helpline, e.g. a safety-plan review date):
 *   suggests that day's free slots (or the first ones after it) and pre-fills the custom date.
 * Output: `planned` with the booked appointment.
 *
 * Free slots come from the API (the counsellor's working hours, absences and appointments);
 * one click or Enter books one. A custom time outside working hours asks for confirmation; a
 * double booking names the appointment in the way and refreshes the slots.
 */
@Component({
  selector: 'ld-follow-up-planner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, TranslocoDirective, DutchTimePipe, CancelAppointment, DateInput],
  templateUrl: './follow-up-planner.html',
  styleUrl: './follow-up-planner.scss',
})
export class FollowUpPlanner {
  private readonly api = inject(AppointmentsApi);
  private readonly cases = inject(CasesApi);
  protected readonly auth = inject(AuthService);

  readonly caseId = input.required<string>();
  readonly contactId = input.required<string>();
  readonly suggestedDate = input<string | null | undefined>(undefined);
  readonly planned = output<AppointmentView>();

  protected readonly durations = PLANNER_DURATIONS;
  protected readonly channels = CONTACT_CHANNELS;
  protected readonly purposes = APPOINTMENT_PURPOSES;

  protected readonly form = new FormGroup({
    counsellorId: new FormControl('', { nonNullable: true }),
    durationMinutes: new FormControl<number>(APPOINTMENT_DEFAULT_DURATION, { nonNullable: true }),
    channel: new FormControl<ContactChannel>('phone', { nonNullable: true }),
    purpose: new FormControl<AppointmentPurpose>('follow_up', { nonNullable: true }),
  });
  protected readonly custom = new FormGroup({
    date: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    time: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected readonly colleagues = signal<StaffRef[]>([]);
  protected readonly slots = signal<AppointmentSlot[] | undefined>(undefined);
  protected readonly slotsError = signal<string | undefined>(undefined);
  protected readonly slotDays = computed(() => groupSlotsByDay(this.slots() ?? []));
  /** A booking the API wants confirmed because it is outside working hours. */
  protected readonly confirming = signal<NewAppointment | undefined>(undefined);
  protected readonly conflict = signal<ConflictingAppointment | undefined>(undefined);
  protected readonly error = signal<string | undefined>(undefined);
  protected readonly busy = signal(false);
  protected readonly booked = signal<AppointmentView | undefined>(undefined);
  protected readonly cancelling = signal(false);
  protected readonly cancelled = signal(false);

  /** Colleagues other than me, for the counsellor choice. */
  protected readonly others = computed(() => this.colleagues().filter((c) => c.id !== this.auth.staff()?.id));

  constructor() {
    void this.cases
      .colleagues()
      .then((list) => this.colleagues.set(list))
      .catch(() => this.colleagues.set([]));
    this.form.controls.counsellorId.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => void this.loadSlots());
    this.form.controls.durationMinutes.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => void this.loadSlots());
    // A new case, contact or suggested day starts over.
    effect(() => {
      this.caseId();
      this.contactId();
      const suggested = this.suggestedDate();
      untracked(() => {
        this.booked.set(undefined);
        this.cancelled.set(false);
        this.resetMessages();
        if (suggested) this.custom.controls.date.setValue(suggested);
        void this.loadSlots();
      });
    });
  }

  protected async loadSlots(): Promise<void> {
    const { counsellorId, durationMinutes } = this.form.getRawValue();
    const suggested = this.suggestedDate();
    this.slotsError.set(undefined);
    this.slots.set(undefined);
    try {
      // From the suggested day, else from tomorrow: the same proposal all day long, over several days.
      const first = suggested && /^\d{4}-\d{2}-\d{2}$/.test(suggested) ? suggested : addDays(helplineTodayHere(), 1);
      const from = rangeOfDays(first, 1).from;
      this.slots.set(
        await this.api.slots({
          counsellorId: counsellorId || undefined,
          durationMinutes: Number(durationMinutes),
          from,
          count: SLOT_COUNT,
          perDay: SLOTS_PER_DAY,
        }),
      );
    } catch (error) {
      this.slotsError.set(genericErrorKey(problemOf(error)));
    }
  }

  protected bookSlot(slot: AppointmentSlot): Promise<void> {
    return this.book({ startsAt: slot.startsAt });
  }

  protected bookCustom(): Promise<void> {
    const { date, time } = this.custom.getRawValue();
    if (this.custom.invalid) {
      this.custom.markAllAsTouched();
      this.error.set('followUp.errors.incomplete');
      return Promise.resolve();
    }
    if (!instantOfLocal(date, time)) {
      this.error.set('followUp.errors.nonexistent_local_time');
      return Promise.resolve();
    }
    return this.book({ localStart: `${date}T${time}` });
  }

  protected confirmOutsideHours(): Promise<void> {
    const pending = this.confirming();
    this.confirming.set(undefined);
    return pending ? this.send({ ...pending, allowOutsideHours: true }) : Promise.resolve();
  }

  protected cancelConfirmation(): void {
    this.confirming.set(undefined);
  }

  private book(start: AppointmentStart): Promise<void> {
    const { counsellorId, durationMinutes, channel, purpose } = this.form.getRawValue();
    return this.send({
      ...start,
      durationMinutes: Number(durationMinutes),
      channel,
      purpose,
      ...(counsellorId ? { counsellorId } : {}),
    });
  }

  private async send(body: NewAppointment): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.resetMessages();
    try {
      const appointment = await this.api.book(this.caseId(), body);
      this.booked.set(appointment);
      this.cancelled.set(false);
      this.planned.emit(appointment);
    } catch (error) {
      const problem = problemOf(error);
      const conflict = conflictOf(problem);
      if (needsOutsideHoursConfirmation(problem)) {
        this.confirming.set(body);
      } else if (conflict) {
        this.conflict.set(conflict);
        void this.loadSlots();
      } else if (problem.status === 422 && problem.errors?.[0]?.field === 'counsellorId') {
        this.error.set('followUp.errors.counsellorId');
      } else {
        const code = fieldErrorCode(problem);
        this.error.set(code && KNOWN_REFUSALS.includes(code) ? `followUp.errors.${code}` : genericErrorKey(problem));
      }
    } finally {
      this.busy.set(false);
    }
  }

  /** A chosen time not booked yet, or a booking waiting for confirmation (the call screen asks before finalising). */
  hasUnsavedWork(): boolean {
    return !this.booked() && (this.confirming() !== undefined || this.custom.controls.time.dirty);
  }

  protected onCancelled(): void {
    this.cancelling.set(false);
    this.booked.set(undefined);
    this.cancelled.set(true);
    void this.loadSlots();
  }

  protected planAnother(): void {
    this.booked.set(undefined);
    this.cancelled.set(false);
    void this.loadSlots();
  }

  /** The instant of a pending custom booking, for the confirmation text. */
  protected startOf(body: NewAppointment): string {
    if ('startsAt' in body) return body.startsAt;
    const [date, time] = body.localStart.split('T');
    return instantOfLocal(date, time)?.toISOString() ?? '';
  }

  protected counsellorName(): string {
    const id = this.form.controls.counsellorId.value;
    return (id ? this.colleagues().find((c) => c.id === id)?.displayName : this.auth.staff()?.displayName) ?? '';
  }

  private resetMessages(): void {
    this.error.set(undefined);
    this.conflict.set(undefined);
    this.confirming.set(undefined);
  }
}
