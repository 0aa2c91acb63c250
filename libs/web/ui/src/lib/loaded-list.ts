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
import { MatButtonModule } from '@angular/material/button';
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
 * A titled section that loads one list once and shows it: "loading", an error (with "Opnieuw
 * proberen" when `retry` is set), the empty text, or the items (drawn by the `<ng-template let-items>`
 * it is given, marked with `ldListItemsOf`) and how many more there are. Content projected into it
 * (a message about an action on an item, say) stands at the end of the section.
 * Its texts come by their translation keys, each named in full by the caller (so the
 * translation check sees them used); the "more" text gets `count`.
 */
@Component({
  selector: 'ld-loaded-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, NgTemplateOutlet, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <section [attr.aria-labelledby]="titleId()" [attr.data-testid]="testId()">
        <h2 [id]="titleId()">{{ t(titleKey()) }}</h2>
        @if (intro(); as text) {
          <p class="quiet quiet--small">{{ text }}</p>
        }
        @if (errorKey(); as key) {
          <p class="notice notice--error" role="alert">{{ t(key) }}</p>
          @if (retry()) {
            <button mat-stroked-button type="button" (click)="fetch()">{{ t('common.retry') }}</button>
          }
        } @else if (page(); as data) {
          @if (data.items.length === 0) {
            <p class="quiet">{{ t(emptyKey()) }}</p>
          } @else {
            <ng-container *ngTemplateOutlet="items().template; context: { $implicit: data.items }" />
            @if (data.total > data.items.length && moreKey(); as key) {
              <p class="quiet">{{ t(key, { count: data.total - data.items.length }) }}</p>
            }
          }
        } @else {
          <p role="status">{{ t('common.loading') }}</p>
        }
        <ng-content />
      </section>
    </ng-container>
  `,
})
export class LoadedList<T> implements OnInit {
  /** Fetches the list; called once. */
  readonly load = input.required<() => Promise<ListPage<T>>>();
  /** The translation key of the message for a failed load. */
  readonly errorKeyOf = input.required<(error: unknown) => string>();
  readonly titleKey = input.required<string>();
  readonly emptyKey = input.required<string>();
  /** Needed when a page can hold fewer items than `total`. */
  readonly moreKey = input<string>();
  readonly titleId = input.required<string>();
  readonly testId = input<string>();
  /** Offer "Opnieuw proberen" after a failed load. */
  readonly retry = input(false);
  /** A line under the title, already translated. */
  readonly intro = input<string>();

  protected readonly items = contentChild.required<ListItems<T>>(ListItems);
  protected readonly page = signal<ListPage<T> | undefined>(undefined);
  protected readonly errorKey = signal<string | undefined>(undefined);

  ngOnInit(): void {
    void this.fetch();
  }

  /** Takes the items that match off the list (done with, say), without loading it again. */
  remove(predicate: (item: T) => boolean): void {
    this.page.update((page) => {
      if (page === undefined) return page;
      const items = page.items.filter((item) => !predicate(item));
      return { items, total: page.total - (page.items.length - items.length) };
    });
  }

  /** Loads the list again (after an action that changed it). */
  reload(): Promise<void> {
    return this.fetch();
  }

  protected async fetch(): Promise<void> {
    this.errorKey.set(undefined);
    this.page.set(undefined);
    try {
      this.page.set(await this.load()());
    } catch (error) {
      this.errorKey.set(this.errorKeyOf()(error));
    }
  }
}
