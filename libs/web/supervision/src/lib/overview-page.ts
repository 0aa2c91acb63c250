import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { EmptyState } from '@leidraad/web/ui';

/** Overzicht: the supervisor's home. */
@Component({
  selector: 'ld-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, EmptyState],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('overview.title') }}</h1>
      <p class="lead">{{ t('overview.intro') }}</p>
      <ld-empty-state [title]="t('overview.empty.title')" [text]="t('overview.empty.text')" />
    </ng-container>
  `,
})
export class OverviewPage {}
