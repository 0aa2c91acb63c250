import { CdkDrag, CdkDropList, CdkDropListGroup, type CdkDragDrop, type CdkDragEnd } from '@angular/cdk/drag-drop';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { AppointmentView } from '@leidraad/shared/domain';
import { CaseCodePipe, DateInput, EmptyState } from '@leidraad/web/ui';
import { dropTarget, placeDay, type PlacedAppointment } from './agenda-layout';
import { AgendaState, type AgendaView } from './agenda-state';
import { instantOfLocal, localDateTime, localParts, shiftLocalStart } from './agenda-time';
import { CalendarFeedPanel } from './calendar-feed-panel';
import { CancelAppointment } from './cancel-appointment';
import { DutchTimePipe } from './dutch-time.pipe';

/** Pixels per minute in the time grid (an hour is 72 px high). */
export const PIXELS_PER_MINUTE = 1.2;
const KEY_STEP_MINUTES = 15;

/** A team-view cell a chip can be dropped in. */
interface CellTarget {
  counsellorId: string;
  day: string;
}

/**
 * Agenda (route `/agenda`, no inputs): day and week view of follow-up appointments, for me, a
 * colleague or the team. Reschedule by dragging, by keyboard (focus an appointment, Alt+↑/↓
 * moves 15 minutes, Alt+←/→ a day) or with "Verplaatsen"; no-show and cancel; overdue
 * follow-ups above the grid; the iCal feed below it.
 */
@Component({
  selector: 'ld-agenda-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [AgendaState],
  imports: [
    CaseCodePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    CdkDrag,
    CdkDropList,
    CdkDropListGroup,
    TranslocoDirective,
    EmptyState,
    DateInput,
    DutchTimePipe,
    CancelAppointment,
    CalendarFeedPanel,
  ],
  templateUrl: './agenda-page.html',
  styleUrl: './agenda-page.scss',
})
export class AgendaPage {
  protected readonly state = inject(AgendaState);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly detailsHeading = viewChild<ElementRef<HTMLElement>>('detailsHeading');

  protected readonly ppm = PIXELS_PER_MINUTE;
  protected readonly selected = signal<AppointmentView | undefined>(undefined);
  protected readonly cancelling = signal(false);
  protected readonly moveForm = new FormGroup({
    date: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    time: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    durationMinutes: new FormControl(30, { nonNullable: true, validators: [Validators.required, Validators.min(1), Validators.max(240)] }),
  });
  protected readonly moveError = signal<string | undefined>(undefined);

  constructor() {
    void this.state.init();
    // After a move the appointment has a new id: put the focus back on it once it is drawn.
    effect(() => {
      const id = this.state.focusId();
      const list = this.state.appointments();
      if (!id || !list) return;
      afterNextRender(
        () => {
          const element = this.host.nativeElement.querySelector<HTMLElement>(`[data-appointment-id="${id}"]`);
          if (element) {
            element.focus();
            this.state.focusId.set(undefined);
          }
        },
        { injector: this.injector },
      );
    });
  }

  protected placed(day: string, firstHour: number): PlacedAppointment[] {
    return placeDay(day, this.state.shown(), firstHour);
  }

  protected setView(view: AgendaView): void {
    this.close();
    this.state.setView(view);
  }

  protected setScope(scope: string): void {
    this.close();
    this.state.setScope(scope);
  }

  protected select(appointment: AppointmentView): void {
    this.selected.set(appointment);
    this.cancelling.set(false);
    this.moveError.set(undefined);
    const { date, time } = localParts(appointment.startsAt);
    this.moveForm.setValue({ date, time, durationMinutes: appointment.durationMinutes });
    afterNextRender(() => this.detailsHeading()?.nativeElement.focus(), { injector: this.injector });
  }

  protected close(): void {
    const open = this.selected();
    this.selected.set(undefined);
    this.cancelling.set(false);
    if (open) this.state.focusId.set(open.id);
  }

  /** Alt+↑/↓: 15 minutes earlier or later; Alt+←/→: a day earlier or later. */
  protected onKeydown(event: KeyboardEvent, appointment: AppointmentView): void {
    if (!event.altKey || appointment.status !== 'planned') return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [0, -KEY_STEP_MINUTES],
      ArrowDown: [0, KEY_STEP_MINUTES],
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    void this.state.move({ appointment, localStart: shiftLocalStart(appointment.startsAt, move[0], move[1]) });
  }

  /** A drag in the time grid: vertical distance is time, horizontal distance is days. */
  protected onDragEnded(event: CdkDragEnd, appointment: AppointmentView): void {
    const column = event.source.element.nativeElement.closest('.day-column') as HTMLElement | null;
    const width = column?.getBoundingClientRect().width ?? 0;
    const target = dropTarget(
      appointment.startsAt,
      appointment.durationMinutes,
      event.distance,
      PIXELS_PER_MINUTE,
      width,
      this.state.days(),
    );
    event.source.reset();
    if (target) void this.state.move({ appointment, localStart: target });
  }

  /** A drop in the team view: another day and/or counsellor, same time of day. */
  protected onCellDrop(event: CdkDragDrop<CellTarget, CellTarget, AppointmentView>): void {
    if (event.previousContainer === event.container) return;
    const appointment = event.item.data;
    const target = event.container.data;
    const { minutes } = localParts(appointment.startsAt);
    void this.state.move({ appointment, localStart: localDateTime(target.day, minutes), counsellorId: target.counsellorId });
  }

  protected async submitMove(): Promise<void> {
    const appointment = this.selected();
    if (!appointment) return;
    const { date, time, durationMinutes } = this.moveForm.getRawValue();
    if (this.moveForm.invalid) {
      this.moveForm.markAllAsTouched();
      this.moveError.set('agenda.move.incomplete');
      return;
    }
    if (!instantOfLocal(date, time)) {
      this.moveError.set('followUp.errors.nonexistent_local_time');
      return;
    }
    this.moveError.set(undefined);
    const moved = await this.state.move({ appointment, localStart: `${date}T${time}`, durationMinutes: Number(durationMinutes) });
    if (moved) this.selected.set(undefined);
  }

  protected async confirmMove(): Promise<void> {
    const pending = this.state.pendingMove();
    if (!pending) return;
    const moved = await this.state.move(pending, true);
    if (moved && this.selected()?.id === pending.appointment.id) this.selected.set(undefined);
  }

  protected async noShow(appointment: AppointmentView): Promise<void> {
    const updated = await this.state.noShow(appointment);
    if (updated) this.selected.set(undefined);
  }

  protected async onCancelled(appointment: AppointmentView): Promise<void> {
    this.selected.set(undefined);
    this.cancelling.set(false);
    await this.state.afterCancel(appointment);
  }

  protected isPast(appointment: AppointmentView): boolean {
    return Date.parse(appointment.startsAt) <= Date.now();
  }

  protected cellTarget(counsellorId: string, day: string): CellTarget {
    return { counsellorId, day };
  }

  protected isWeekend(day: string): boolean {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    return weekday === 0 || weekday === 6;
  }
}
