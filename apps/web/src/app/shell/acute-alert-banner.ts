import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { RiskFlagRaisedEvent } from '@leidraad/shared/domain';
import { AuthService, LiveAlerts } from '@leidraad/web/core';
import { CaseCodePipe, helplineFormatter } from '@leidraad/web/ui';

const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/**
 * Issue 20, acute danger: on every page, for supervisors and admins, each raised
 * "minor in acute danger" flag until one supervisor acknowledges it — then it is gone on every
 * screen. Announced assertively; never takes the focus (the reader may be typing a note).
 */
@Component({
  selector: 'ld-acute-alert-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoDirective, CaseCodePipe],
  template: `
    @if (live.alerts().length > 0) {
      <ng-container *transloco="let t">
        <section class="acute" [attr.aria-label]="t('liveAlerts.region')" data-testid="acute-alerts">
          <ul>
            @for (alert of live.alerts(); track alert.riskFlagId) {
              <li class="acute__item" data-testid="acute-alert">
                <p class="acute__text" role="alert" aria-live="assertive">
                  {{ t('liveAlerts.acute', { code: (alert.caseCode | ldCaseCode), time: timeOf(alert) }) }}
                </p>
                @if (isSupervisor()) {
                  <button mat-stroked-button type="button" class="acute__open" (click)="openCase(alert)">{{ t('liveAlerts.open') }}</button>
                  <button mat-flat-button type="button" class="acute__ack" (click)="live.acknowledge(alert)">
                    {{ t('liveAlerts.acknowledge') }}
                  </button>
                } @else {
                  <span class="acute__note">{{ t('liveAlerts.supervisorAcknowledges') }}</span>
                }
                @if (live.failed() === alert.riskFlagId) {
                  <span class="acute__error" role="status">{{ t('liveAlerts.failed') }}</span>
                }
              </li>
            }
          </ul>
          <button mat-button type="button" class="acute__mute" [attr.aria-pressed]="live.muted()" (click)="live.toggleMute()">
            {{ t(live.muted() ? 'liveAlerts.unmute' : 'liveAlerts.mute') }}
          </button>
        </section>
      </ng-container>
    }
  `,
  styles: `
    .acute {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.5rem 1rem;
      padding: 0.5rem 1rem;
      background: var(--ld-error-subtle);
      border-bottom: 3px solid var(--ld-error);
      color: var(--ld-text);
    }
    ul {
      flex: 1 1 20rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .acute__item {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      padding: 0.25rem 0;
    }
    .acute__text {
      flex: 1 1 16rem;
      margin: 0;
      font-weight: 700;
      color: var(--ld-error);
    }
    .acute__error {
      color: var(--ld-error);
    }
  `,
})
export class AcuteAlertBanner {
  protected readonly live = inject(LiveAlerts);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  /** Only supervisors open cases and acknowledge flags; admins see the alert. */
  protected readonly isSupervisor = computed(() => this.auth.role() === 'supervisor');

  /** "14:03": a 24-hour clock time in the helpline's time zone (the shell keeps date pipes out of its bundle). */
  protected timeOf(alert: RiskFlagRaisedEvent): string {
    const locale = this.transloco.getActiveLang() === 'en' ? 'en-GB' : 'nl-NL';
    return helplineFormatter('clock', locale, CLOCK).format(new Date(alert.setAt));
  }

  protected openCase(alert: RiskFlagRaisedEvent): void {
    void this.router.navigate(['/dossiers', alert.caseId]);
  }
}
