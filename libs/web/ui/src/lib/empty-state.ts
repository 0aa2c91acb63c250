import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** What a list shows when it has nothing yet: what it is for, and what to do. */
@Component({
  selector: 'ld-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="empty" [attr.aria-labelledby]="headingId()">
      <h2 class="empty__title" [id]="headingId()">{{ title() }}</h2>
      <p class="empty__text">{{ text() }}</p>
      <ng-content />
    </section>
  `,
  styles: `
    .empty {
      border: 1px dashed var(--ld-border);
      border-radius: 8px;
      padding: 1.25rem 1.5rem;
      background: var(--ld-surface-subtle);
    }
    .empty__title {
      font-size: 1.05rem;
      margin: 0 0 0.25rem;
    }
    .empty__text {
      margin: 0;
      color: var(--ld-text-muted);
    }
  `,
})
export class EmptyState {
  readonly title = input.required<string>();
  readonly text = input.required<string>();
  readonly headingId = input<string>(`empty-${Math.random().toString(36).slice(2, 8)}`);
}
