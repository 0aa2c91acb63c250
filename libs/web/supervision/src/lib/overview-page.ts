import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { AlertsPanel } from './alerts/alerts-panel';

/** Overzicht: the supervisor's home. */
@Component({
  selector: 'ld-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, AlertsPanel],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('overview.title') }}</h1>
      <p class="lead">{{ t('overview.intro') }}</p>
      <ld-alerts-panel />
    </ng-container>
  `,
})
export class OverviewPage {}
