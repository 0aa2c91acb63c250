import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { AuthService } from '@leidraad/web/core';
import { EmptyState } from '@leidraad/web/ui';

/** Vandaag: a counsellor's start of the shift. */
@Component({
  selector: 'ld-today-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, EmptyState],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('today.title') }}</h1>
      <p class="lead">{{ t('today.greeting', { name: auth.staff()?.displayName }) }}</p>
      <div class="stack">
        <ld-empty-state [title]="t('today.myCases.title')" [text]="t('today.myCases.empty')" />
        <ld-empty-state [title]="t('today.handedOver.title')" [text]="t('today.handedOver.empty')" />
        <ld-empty-state [title]="t('today.waiting.title')" [text]="t('today.waiting.empty')" />
      </div>
    </ng-container>
  `,
})
export class TodayPage {
  protected readonly auth = inject(AuthService);
}
