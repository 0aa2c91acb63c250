import { computed, inject, Injectable, signal } from '@angular/core';
import { DEFAULT_WORKING_HOURS, type AppointmentView, type StaffRef, type WorkingPeriod } from '@leidraad/shared/domain';
import { TranslocoService } from '@jsverse/transloco';
import { AuthService, CasesApi, genericErrorKey, problemOf } from '@leidraad/web/core';
import { HELPLINE_CASE_CODE_PREFIX } from '@leidraad/web/ui';
import { withCaseCodePrefix } from '@leidraad/shared/case-code';
import { gridHours, onGrid, teamRows } from './agenda-layout';
import { addDays, daysFrom, localParts, mondayOf, rangeOfDays, todayLocal } from './agenda-time';
import { formatDutch, type DutchTimeFormat } from './dutch-time.pipe';
import { AppointmentsApi, conflictOf, fieldErrorCode, needsOutsideHoursConfirmation } from './appointments-api';

export type AgendaView = 'day' | 'week';
/** `me`, `team`, or a colleague's staff id. */
export type AgendaScope = string;

export interface AgendaMessage {
  kind: 'success' | 'error';
  key: string;
  params?: Record<string, string>;
}

/** A move the API wants confirmed because it lands outside working hours. */
export interface PendingMove {
  appointment: AppointmentView;
  localStart: string;
  counsellorId?: string;
  durationMinutes?: number;
}

/** The Agenda page's state: which days, whose appointments, and the actions on them. */
@Injectable()
export class AgendaState {
  private readonly api = inject(AppointmentsApi);
  private readonly cases = inject(CasesApi);
  private readonly auth = inject(AuthService);
  private readonly transloco = inject(TranslocoService);
  private readonly caseCodePrefix = inject(HELPLINE_CASE_CODE_PREFIX);

  readonly view = signal<AgendaView>('week');
  readonly scope = signal<AgendaScope>('me');
  readonly anchor = signal(todayLocal());

  readonly appointments = signal<AppointmentView[] | undefined>(undefined);
  readonly loadError = signal<string | undefined>(undefined);
  readonly overdue = signal<AppointmentView[] | undefined>(undefined);
  readonly overdueError = signal<string | undefined>(undefined);
  readonly workingHours = signal<readonly WorkingPeriod[]>(DEFAULT_WORKING_HOURS);
  readonly colleagues = signal<StaffRef[]>([]);
  readonly message = signal<AgendaMessage | undefined>(undefined);
  readonly pendingMove = signal<PendingMove | undefined>(undefined);
  readonly busy = signal(false);
  /** The appointment to focus once the grid shows it (after a move it has a new id). */
  readonly focusId = signal<string | undefined>(undefined);

  readonly isSupervisor = computed(() => this.auth.role() === 'supervisor');
  readonly meId = computed(() => this.auth.staff()?.id);
  readonly counsellorId = computed(() => {
    const scope = this.scope();
    if (scope === 'team') return undefined;
    return scope === 'me' ? this.meId() : scope;
  });
  readonly isTeam = computed(() => this.scope() === 'team');
  readonly days = computed(() => (this.view() === 'day' ? [this.anchor()] : daysFrom(mondayOf(this.anchor()), 7)));
  readonly shown = computed(() => (this.appointments() ?? []).filter(onGrid));
  readonly hours = computed(() => gridHours(this.days(), this.shown(), this.isTeam() ? DEFAULT_WORKING_HOURS : this.workingHours()));
  readonly rows = computed(() => teamRows(this.days(), this.shown()));
  readonly today = signal(todayLocal());
  readonly others = computed(() => this.colleagues().filter((c) => c.id !== this.meId()));

  private loadCount = 0;

  async init(): Promise<void> {
    await this.auth.ensureLoaded();
    void this.cases
      .colleagues()
      .then((list) => this.colleagues.set(list))
      .catch(() => this.colleagues.set([]));
    await Promise.all([this.load(), this.loadOverdue()]);
  }

  async load(): Promise<void> {
    const ticket = ++this.loadCount;
    const days = this.days();
    const counsellorId = this.counsellorId();
    const { from, to } = rangeOfDays(days[0], days.length);
    this.loadError.set(undefined);
    this.appointments.set(undefined);
    try {
      const [list, schedule] = await Promise.all([
        this.api.agenda(from, to, counsellorId),
        counsellorId ? this.api.schedule(counsellorId).catch(() => undefined) : Promise.resolve(undefined),
      ]);
      if (ticket !== this.loadCount) return;
      this.appointments.set(list);
      this.workingHours.set(schedule?.workingHours ?? DEFAULT_WORKING_HOURS);
    } catch (error) {
      if (ticket === this.loadCount) this.loadError.set(genericErrorKey(problemOf(error)));
    }
  }

  /** The counsellor's own overdue follow-ups; a supervisor's view has everyone's. */
  async loadOverdue(): Promise<void> {
    this.overdueError.set(undefined);
    try {
      this.overdue.set(await this.api.overdue());
    } catch (error) {
      this.overdueError.set(genericErrorKey(problemOf(error)));
    }
  }

  setView(view: AgendaView): void {
    this.view.set(view);
    void this.load();
  }

  setScope(scope: AgendaScope): void {
    this.scope.set(scope);
    void this.load();
  }

  /** Previous or next day or week. */
  step(direction: -1 | 1): void {
    this.anchor.update((day) => addDays(day, direction * (this.view() === 'day' ? 1 : 7)));
    void this.load();
  }

  goToday(): void {
    this.today.set(todayLocal());
    this.anchor.set(this.today());
    void this.load();
  }

  goTo(day: string): void {
    this.anchor.set(day);
    void this.load();
  }

  /** Reschedules through the API, with the version this page loaded. */
  async move(move: PendingMove, allowOutsideHours = false): Promise<AppointmentView | undefined> {
    if (this.busy()) return undefined;
    this.busy.set(true);
    this.message.set(undefined);
    this.pendingMove.set(undefined);
    const { appointment, localStart, counsellorId, durationMinutes } = move;
    try {
      const result = await this.api.reschedule(appointment.id, {
        version: appointment.version,
        localStart,
        ...(counsellorId && counsellorId !== appointment.counsellor.id ? { counsellorId } : {}),
        ...(durationMinutes && durationMinutes !== appointment.durationMinutes ? { durationMinutes } : {}),
        ...(allowOutsideHours ? { allowOutsideHours: true } : {}),
      });
      const moved = result.appointment;
      const { date } = localParts(moved.startsAt);
      this.message.set({
        kind: 'success',
        key: 'agenda.moved',
        params: { code: this.codeOf(moved), when: this.format(moved.startsAt, 'dayTime') },
      });
      this.focusId.set(moved.id);
      if (!this.days().includes(date) && this.view() === 'day') this.anchor.set(date);
      await Promise.all([this.load(), this.loadOverdue()]);
      return moved;
    } catch (error) {
      const problem = problemOf(error);
      const conflict = conflictOf(problem);
      if (needsOutsideHoursConfirmation(problem)) {
        this.pendingMove.set(move);
      } else if (conflict) {
        this.message.set({
          kind: 'error',
          key: 'followUp.conflict',
          params: { start: this.format(conflict.startsAt, 'dayTime'), end: this.format(conflict.endsAt, 'time') },
        });
      } else {
        this.message.set({ kind: 'error', key: this.refusalKey(problem) });
        if (problem.status === 409) void this.load();
      }
      this.focusId.set(appointment.id);
      return undefined;
    } finally {
      this.busy.set(false);
    }
  }

  async noShow(appointment: AppointmentView): Promise<AppointmentView | undefined> {
    this.busy.set(true);
    this.message.set(undefined);
    try {
      const updated = await this.api.setStatus(appointment.id, { version: appointment.version, status: 'no_show' });
      this.message.set({ kind: 'success', key: 'agenda.noShowDone', params: { code: this.codeOf(updated) } });
      await Promise.all([this.load(), this.loadOverdue()]);
      return updated;
    } catch (error) {
      const problem = problemOf(error);
      this.message.set({ kind: 'error', key: problem.status === 422 ? 'agenda.errors.noShowEarly' : this.refusalKey(problem) });
      return undefined;
    } finally {
      this.busy.set(false);
    }
  }

  async afterCancel(appointment: AppointmentView): Promise<void> {
    this.message.set({ kind: 'success', key: 'agenda.cancelDone', params: { code: this.codeOf(appointment) } });
    await Promise.all([this.load(), this.loadOverdue()]);
  }

  /** The appointment's case code as staff see it: with the helpline's prefix. */
  private codeOf(appointment: AppointmentView): string {
    return withCaseCodePrefix(appointment.caseCode, this.caseCodePrefix());
  }

  private format(instant: string, format: DutchTimeFormat): string {
    return formatDutch(instant, format, this.transloco.getActiveLang());
  }

  private refusalKey(problem: ReturnType<typeof problemOf>): string {
    if (problem.status === 409) return 'agenda.errors.changed';
    const code = fieldErrorCode(problem);
    if (code === 'in_the_past' || code === 'nonexistent_local_time') return `followUp.errors.${code}`;
    return genericErrorKey(problem);
  }
}
