import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { EmptyState } from '@leidraad/web/ui';

/** Agenda: follow-up conversations per counsellor. */
@Component({
  selector: 'ld-agenda-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, EmptyState],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('agenda.title') }}</h1>
      <p class="lead">{{ t('agenda.intro') }}</p>
      <ld-empty-state [title]="t('agenda.empty.title')" [text]="t('agenda.empty.text')" />
    </ng-container>
  `,
})
export class AgendaPage {}
