import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { GUIDE_PROGRESS_NOTE_MAX } from '@leidraad/shared/domain';
import type { GuideItem } from '@leidraad/shared/guide';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { FreeTextField } from '@leidraad/web/ui';
import { GuideState } from './guide-state';

/** The short note a counsellor keeps with one guide item, checked for identifiers like every free text. */
@Component({
  selector: 'ld-guide-item-note',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FreeTextField, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <form class="item-note" (submit)="$event.preventDefault(); save()">
        <label class="item__label" [for]="inputId()">{{ t('guide.note.label') }}</label>
        <ld-free-text
          [inputId]="inputId()"
          field="note"
          [singleLine]="true"
          [maxlength]="max"
          [value]="text()"
          (valueChange)="text.set($event)"
          [serverFindings]="refused()"
          (confirmationsChange)="confirm.set($event)"
        />
        <div class="item-note__row">
          <button type="submit" class="item-note__save" [disabled]="saving() || !changed()">{{ t('guide.note.save') }}</button>
          <span class="hint" role="status">
            @if (saving()) {
              {{ t('guide.note.saving') }}
            } @else if (error(); as key) {
              <span class="field-error">{{ t(key) }}</span>
            } @else if (savedOnce() && !changed()) {
              {{ t('guide.note.saved') }}
            }
          </span>
        </div>
      </form>
    </ng-container>
  `,
  styles: `
    .item-note {
      margin-top: 0.5rem;
    }
    .item-note__row {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin-top: 0.25rem;
    }
  `,
})
export class GuideItemNote {
  readonly caseId = input.required<string>();
  readonly contactId = input.required<string>();
  readonly item = input.required<GuideItem>();

  private readonly state = inject(GuideState);
  protected readonly max = GUIDE_PROGRESS_NOTE_MAX;
  protected readonly inputId = computed(() => `note-${this.item().id.replace(/\./g, '-')}`);
  protected readonly stored = computed(() => this.state.notes()[this.item().id] ?? '');
  protected readonly text = signal('');
  protected readonly confirm = signal<string[]>([]);
  protected readonly refused = signal<unknown[]>([]);
  protected readonly saving = signal(false);
  protected readonly savedOnce = signal(false);
  protected readonly error = signal<string | undefined>(undefined);
  protected readonly changed = computed(() => this.text().trim() !== this.stored());

  constructor() {
    effect(() => {
      const stored = this.stored();
      untracked(() => this.text.set(stored));
    });
  }

  protected async save(): Promise<void> {
    if (this.saving() || !this.changed()) return;
    this.saving.set(true);
    this.error.set(undefined);
    this.refused.set([]);
    try {
      await this.state.saveNote(this.caseId(), this.contactId(), this.item(), this.text(), this.confirm());
      this.savedOnce.set(true);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.code === 'identifiers_found') {
        this.refused.set(problem.errors ?? []);
        this.error.set('guide.note.identifiers');
      } else {
        this.error.set(genericErrorKey(problem));
      }
    } finally {
      this.saving.set(false);
    }
  }
}
