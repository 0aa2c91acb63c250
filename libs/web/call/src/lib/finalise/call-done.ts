import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  type ElementRef,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { AppointmentView } from '@leidraad/shared/domain';
import { AppointmentsApi } from '@leidraad/web/appointments';
import { CaseCodePipe, LocalDatePipe } from '@leidraad/web/ui';
import { spellCode } from './spelling';

/**
 * The finish screen: everything the counsellor reads out before hanging up — the case code with
 * a spelling aid, the follow-up booked for this case, and a reminder of the code word if the
 * caller chose one (never the word itself: it is stored only as a keyed hash).
 */
@Component({
  selector: 'ld-call-done',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CaseCodePipe, LocalDatePipe, MatButtonModule, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <section class="done" aria-labelledby="done-title">
        <h1 id="done-title" tabindex="-1" #title>{{ t('call.done.title') }}</h1>
        <p>{{ t('call.done.readOut') }}</p>
        <p class="done__code" data-testid="case-code" [attr.aria-label]="t('call.done.codeLabel', { code: (code() | ldCaseCode) })">
          {{ code() | ldCaseCode }}
        </p>
        <ol class="spelling" data-testid="code-spelling" [attr.aria-label]="t('call.done.spellingLabel')">
          @for (c of spelled(); track $index) {
            <li>{{ t(c.digit ? 'call.done.spellDigit' : 'call.done.spellLetter', { char: c.char, word: c.word }) }}</li>
          }
        </ol>
        <p class="hint">{{ t('call.done.hint') }}</p>
        <div class="done__more">
          @if (nextAppointment(); as appointment) {
            <p data-testid="done-follow-up">
              <strong>{{ t('call.done.followUp') }}</strong>
              {{ appointment.startsAt | ldDate: 'EEEE d MMMM y' }} {{ t('call.done.at') }} {{ appointment.startsAt | ldDate: 'HH:mm' }} ({{
                t('call.channel.' + appointment.channel)
              }}, {{ appointment.counsellor.displayName }})
            </p>
          } @else if (appointmentsLoaded()) {
            <p class="hint" data-testid="done-follow-up">{{ t('call.done.noFollowUp') }}</p>
          }
          @if (hasCodeWord()) {
            <p data-testid="done-code-word">{{ t('call.done.codeWord') }}</p>
          }
        </div>
        <button mat-flat-button type="button" (click)="back.emit()">{{ t('call.backToToday') }}</button>
      </section>
    </ng-container>
  `,
  styles: `
    .done {
      text-align: center;
      background: var(--ld-surface);
      border: 1px solid var(--ld-border);
      border-radius: 12px;
      padding: 1.5rem 1rem;
      max-width: 44rem;
      margin: 1rem auto;
    }
    h1:focus {
      outline: none;
    }
    .done__code {
      font:
        700 3rem/1.2 ui-monospace,
        Menlo,
        Consolas,
        monospace;
      letter-spacing: 0.1em;
      margin: 0.5rem 0;
      overflow-wrap: anywhere;
    }
    .spelling {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 0.25rem 1rem;
      padding: 0;
      margin: 0 0 0.5rem;
      font-size: 1.05rem;
    }
    .done__more {
      margin: 1rem 0;
    }
    .hint {
      color: var(--ld-text-muted);
    }
  `,
})
export class CallDone {
  readonly caseId = input.required<string>();
  readonly code = input.required<string>();
  readonly hasCodeWord = input(false);
  readonly back = output<void>();

  private readonly appointments = inject(AppointmentsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly title = viewChild<ElementRef<HTMLElement>>('title');
  private readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  protected readonly spelled = computed(() => spellCode(this.code(), this.language()));
  private readonly planned = signal<AppointmentView[] | undefined>(undefined);
  protected readonly appointmentsLoaded = computed(() => this.planned() !== undefined);
  /** The first planned appointment still to come. */
  protected readonly nextAppointment = computed(
    () =>
      (this.planned() ?? [])
        .filter((a) => a.status === 'planned' && Date.parse(a.startsAt) > Date.now())
        .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0],
  );

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      untracked(() => {
        void this.appointments
          .ofCase(caseId)
          .then((list) => this.planned.set(list))
          .catch(() => this.planned.set([]));
      });
    });
    // Focus on the heading, so a screen reader starts at "Contact afgerond" and Tab reaches the button.
    effect(() => this.title()?.nativeElement.focus());
  }
}
