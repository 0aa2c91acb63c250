import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { helplineTimeZone } from '@leidraad/web/ui';
import { SessionClock } from '@leidraad/web/core';
import { focusAfterRender } from '@leidraad/web/ui/focus';

/**
 * Two minutes before the session ends: an alert dialog (not modal — the page stays usable) with
 * one button, focused, so one key keeps the counsellor signed in; focus then goes back to where
 * it was. When the absolute lifetime ends the session, it says so instead.
 */
@Component({
  selector: 'ld-session-warning',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoDirective],
  template: `
    @if (clock.warning(); as why) {
      <ng-container *transloco="let t">
        <div
          class="session-warning"
          role="alertdialog"
          aria-modal="false"
          aria-labelledby="session-warning-title"
          aria-describedby="session-warning-text"
          data-testid="session-warning"
        >
          <h2 id="session-warning-title">{{ t('session.warning.title') }}</h2>
          <p id="session-warning-text">
            {{ t(why === 'idle' ? 'session.warning.idle' : 'session.warning.absolute', { time: endTime() }) }}
          </p>
          @if (why === 'idle') {
            <button id="session-warning-stay" mat-flat-button type="button" [disabled]="busy()" (click)="stay()">
              {{ t('session.warning.stay') }}
            </button>
          } @else {
            <button id="session-warning-stay" mat-stroked-button type="button" (click)="dismiss()">
              {{ t('session.warning.understood') }}
            </button>
          }
          @if (failed()) {
            <p class="session-warning__error" role="alert">{{ t('session.warning.failed') }}</p>
          }
        </div>
      </ng-container>
    }
  `,
  styles: `
    .session-warning {
      position: fixed;
      z-index: 1000;
      right: 1rem;
      bottom: 1rem;
      max-width: min(26rem, calc(100vw - 2rem));
      background: var(--ld-surface);
      border: 2px solid var(--ld-warn, #b07900);
      border-radius: 10px;
      padding: 0.75rem 1rem 1rem;
      box-shadow: 0 4px 16px rgb(0 0 0 / 20%);
    }
    h2 {
      margin: 0 0 0.25rem;
      font-size: 1.1rem;
    }
    p {
      margin: 0 0 0.75rem;
    }
    .session-warning__error {
      margin: 0.5rem 0 0;
      color: var(--ld-error);
    }
  `,
})
export class SessionWarning {
  protected readonly clock = inject(SessionClock);
  private readonly transloco = inject(TranslocoService);
  /** The end as a 24-hour clock time in the helpline's time zone (the shell keeps date pipes out of its bundle). */
  protected readonly endTime = computed(() => {
    const ends = this.clock.endsAt();
    if (ends === undefined) return '';
    const locale = this.transloco.getActiveLang() === 'en' ? 'en-GB' : 'nl-NL';
    return new Intl.DateTimeFormat(locale, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: helplineTimeZone(),
    }).format(ends);
  });
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly busy = signal(false);
  protected readonly failed = signal(false);
  private returnFocus: HTMLElement | undefined;

  constructor() {
    effect(() => {
      const why = this.clock.warning();
      untracked(() => {
        if (!why) {
          // Gone by other activity (a keep-alive, another tab): the next warning takes the focus again.
          this.returnFocus = undefined;
          return;
        }
        if (this.returnFocus) return;
        const active = document.activeElement;
        this.returnFocus = active instanceof HTMLElement && active !== document.body ? active : document.body;
        // Once the warning is on screen (its button renders inside the translations), the button takes the focus.
        focusAfterRender(() => this.host.nativeElement.querySelector<HTMLElement>('#session-warning-stay'), { injector: this.injector });
      });
    });
  }

  protected async stay(): Promise<void> {
    this.busy.set(true);
    this.failed.set(false);
    try {
      await this.clock.refresh();
      this.restoreFocus();
    } catch {
      this.failed.set(true);
    } finally {
      this.busy.set(false);
    }
  }

  protected dismiss(): void {
    this.clock.warning.set(undefined);
    this.restoreFocus();
  }

  private restoreFocus(): void {
    const target = this.returnFocus;
    this.returnFocus = undefined;
    target?.focus();
  }
}
