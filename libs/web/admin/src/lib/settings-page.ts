import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { SecuritySettings } from '@leidraad/shared/domain';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { HelplineSettings } from './helpline-settings';
import { StaffApi } from './staff-api';

/**
 * Instellingen: the profile and policy settings of the session's helpline (editable), then the
 * security settings in force (set through configuration, see README).
 */
@Component({
  selector: 'ld-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, HelplineSettings],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('settings.title') }}</h1>
      <ld-helpline-settings />
      <h2>{{ t('settings.securityTitle') }}</h2>
      <p>{{ t('settings.intro') }}</p>
      @if (error(); as key) {
        <p class="notice notice--error" role="alert">{{ t(key) }}</p>
      } @else if (settings(); as s) {
        <dl class="settings">
          <dt>{{ t('settings.sessionIdle') }}</dt>
          <dd>{{ t('settings.minutes', { n: s.sessionIdleMinutes }) }}</dd>
          <dt>{{ t('settings.sessionAbsolute') }}</dt>
          <dd>{{ t('settings.hours', { n: s.sessionAbsoluteHours }) }}</dd>
          <dt>{{ t('settings.lockAfter') }}</dt>
          <dd>{{ t('settings.attempts', { n: s.loginLockAfterFailures }) }}</dd>
          <dt>{{ t('settings.perAddress') }}</dt>
          <dd>{{ t('settings.perAddressValue', { n: s.loginMaxFailuresPerAddress, m: s.loginAddressWindowMinutes }) }}</dd>
          <dt>{{ t('settings.secureCookies') }}</dt>
          <dd>{{ t(s.secureCookies ? 'common.yes' : 'common.no') }}</dd>
          <dt>{{ t('settings.twoFactorForAll') }}</dt>
          <dd>{{ t(s.twoFactorForAll ? 'settings.twoFactorForAllOn' : 'settings.twoFactorForAllOff') }}</dd>
          <dt>{{ t('settings.database') }}</dt>
          <dd>{{ t(s.embeddedDatabase ? 'settings.databaseEmbedded' : 'settings.databaseServer') }}</dd>
        </dl>
      } @else {
        <p role="status">{{ t('common.loading') }}</p>
      }
    </ng-container>
  `,
  styles: `
    .settings {
      display: grid;
      grid-template-columns: minmax(12rem, max-content) 1fr;
      gap: 0.5rem 1.5rem;
    }
    @media (max-width: 36rem) {
      .settings {
        grid-template-columns: minmax(0, 1fr);
        gap: 0 0;
      }
      dd {
        margin-bottom: 0.5rem;
      }
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
})
export class SettingsPage {
  private readonly api = inject(StaffApi);
  protected readonly settings = signal<SecuritySettings | undefined>(undefined);
  protected readonly error = signal<string | undefined>(undefined);

  constructor() {
    this.api.settings().then(
      (settings) => this.settings.set(settings),
      (error: unknown) => this.error.set(genericErrorKey(problemOf(error))),
    );
  }
}
