import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  contentChild,
  Directive,
  inject,
  input,
  type OnInit,
  signal,
  TemplateRef,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/** The first page of a list, and how many there are in all. */
export interface ListPage<T> {
  readonly items: readonly T[];
  readonly total: number;
}

export interface ListItemsContext<T> {
  $implicit: readonly T[];
}

/**
 * Marks the template that draws a loaded list's items:
 * `<ng-template [ldListItemsOf]="load" let-items>`. The loader is bound again only so the
 * template knows the type of its items.
 */
@Directive({ selector: 'ng-template[ldListItemsOf]' })
export class ListItems<T> {
  readonly template = inject<TemplateRef<ListItemsContext<T>>>(TemplateRef);
  readonly ldListItemsOf = input.required<() => Promise<ListPage<T>>>();

  /** Read by the template type-checker only: `let-items` is an array of T. */
  static ngTemplateContextGuard<T>(directive: ListItems<T>, context: unknown): context is ListItemsContext<T> {
    return directive instanceof ListItems && typeof context === 'object' && context !== null;
  }
}

/**
 * A titled section that loads one list once and shows it: "loading", an error, the empty text,
 * or the items (drawn by the `<ng-template let-items>` it is given, marked with `ldListItemsOf`) and how many more there are.
 * Its texts come by their translation keys, each named in full by the caller (so the
 * translation check sees them used); the "more" text gets `count`.
 */
@Component({
  selector: 'ld-loaded-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <section [attr.aria-labelledby]="titleId()" [attr.data-testid]="testId()">
        <h2 [id]="titleId()">{{ t(titleKey()) }}</h2>
        @if (intro(); as text) {
          <p class="quiet quiet--small">{{ text }}</p>
        }
        @if (errorKey(); as key) {
          <p class="notice notice--error" role="alert">{{ t(key) }}</p>
        } @else if (page(); as data) {
          @if (data.items.length === 0) {
            <p class="quiet">{{ t(emptyKey()) }}</p>
          } @else {
            <ng-container *ngTemplateOutlet="items().template; context: { $implicit: data.items }" />
            @if (data.total > data.items.length) {
              <p class="quiet">{{ t(moreKey(), { count: data.total - data.items.length }) }}</p>
            }
          }
        } @else {
          <p role="status">{{ t('common.loading') }}</p>
        }
      </section>
    </ng-container>
  `,
  styles: `
    .quiet {
      color: var(--ld-text-muted);
    }
    .quiet--small {
      font-size: 0.9rem;
    }
  `,
})
export class LoadedList<T> implements OnInit {
  /** Fetches the list; called once. */
  readonly load = input.required<() => Promise<ListPage<T>>>();
  /** The translation key of the message for a failed load. */
  readonly errorKeyOf = input.required<(error: unknown) => string>();
  readonly titleKey = input.required<string>();
  readonly emptyKey = input.required<string>();
  readonly moreKey = input.required<string>();
  readonly titleId = input.required<string>();
  readonly testId = input.required<string>();
  /** A line under the title, already translated. */
  readonly intro = input<string>();

  protected readonly items = contentChild.required<ListItems<T>>(ListItems);
  protected readonly page = signal<ListPage<T> | undefined>(undefined);
  protected readonly errorKey = signal<string | undefined>(undefined);

  ngOnInit(): void {
    void this.fetch();
  }

  private async fetch(): Promise<void> {
    try {
      this.page.set(await this.load()());
    } catch (error) {
      this.errorKey.set(this.errorKeyOf()(error));
    }
  }
}
