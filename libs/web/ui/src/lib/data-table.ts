import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * A `.data-table` in a region that scrolls sideways on its own (reachable by keyboard, named by
 * the caption), with a visually hidden caption (already translated) and a header row of
 * `columnKeys` (translation keys, named in full by the caller). The rows come as projected content:
 * `<ld-data-table [caption]="…" [columnKeys]="[…]"><tbody>…</tbody></ld-data-table>`.
 */
@Component({
  selector: 'ld-data-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <div class="table-scroll" tabindex="0" role="group" [attr.aria-label]="caption()">
      <table class="data-table" [attr.data-testid]="testId()">
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr *transloco="let t">
            @for (key of columnKeys(); track key) {
              <th scope="col">{{ t(key) }}</th>
            }
          </tr>
        </thead>
        <ng-content />
      </table>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class DataTable {
  readonly caption = input.required<string>();
  readonly columnKeys = input.required<readonly string[]>();
  /** A `data-testid` for the table itself. */
  readonly testId = input<string>();
}
