import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  type ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { CONTACT_SUMMARY_MAX, type ContactFields, type DraftVersion } from '@leidraad/shared/domain';
import { FreeTextField, LocalDatePipe } from '@leidraad/web/ui';
import { combinedNote, differingFields, fieldsOnly, mergedDraft, type DraftField } from './draft-merge';

const LABELS: Record<DraftField, string> = {
  summary: 'call.contact.note',
  channel: 'call.channel.label',
  startedAt: 'call.contact.started',
  endedAt: 'call.contact.ended',
  outcome: 'call.contact.outcome',
  referrals: 'call.contact.referrals',
};

/**
 * Two tabs (or two people) saved one contact: my version and the stored one side by side, only
 * where they differ, and the choice — keep mine, take the stored one, or merge the notes by hand.
 * Nothing is saved until one is chosen; neither version is lost meanwhile.
 */
@Component({
  selector: 'ld-draft-conflict',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FreeTextField, LocalDatePipe, MatButtonModule, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <section class="conflict" aria-labelledby="conflict-title" data-testid="draft-conflict">
        <h2 id="conflict-title" #title tabindex="-1">{{ t('call.conflict.title') }}</h2>
        <p>
          {{
            t('call.conflict.explain', {
              time: (theirs().updatedAt | ldDate: 'HH:mm') ?? '',
              name: theirs().savedBy?.displayName ?? t('call.conflict.someone'),
            })
          }}
        </p>
        <div class="versions">
          @for (side of sides; track side) {
            <section class="version" [attr.aria-labelledby]="'conflict-' + side" [attr.data-testid]="'conflict-' + side">
              <h3 [id]="'conflict-' + side">{{ t('call.conflict.' + side) }}</h3>
              <dl>
                @for (field of differing(); track field) {
                  <div>
                    <dt>{{ t(labels[field]) }}</dt>
                    <dd [class.note]="field === 'summary'">
                      @switch (field) {
                        @case ('summary') {
                          {{ versionOf(side).summary || t('call.conflict.empty') }}
                        }
                        @case ('channel') {
                          {{ versionOf(side).channel ? t('call.channel.' + versionOf(side).channel) : t('call.conflict.empty') }}
                        }
                        @case ('outcome') {
                          {{ versionOf(side).outcome ? t('call.outcomes.' + versionOf(side).outcome) : t('call.conflict.empty') }}
                        }
                        @case ('referrals') {
                          {{ referralsOf(side) || t('call.conflict.empty') }}
                        }
                        @default {
                          {{ (timeOf(side, field) | ldDate: 'd MMM, HH:mm') ?? t('call.conflict.empty') }}
                        }
                      }
                    </dd>
                  </div>
                }
              </dl>
            </section>
          }
        </div>
        @if (!merging()) {
          <div class="actions">
            <button mat-flat-button type="button" data-testid="conflict-keep-mine" (click)="resolved.emit(mine())">
              {{ t('call.conflict.keepMine') }}
            </button>
            <button mat-stroked-button type="button" data-testid="conflict-take-theirs" (click)="resolved.emit(theirFields())">
              {{ t('call.conflict.takeTheirs') }}
            </button>
            <button mat-stroked-button type="button" data-testid="conflict-merge" (click)="startMerge()">
              {{ t('call.conflict.merge') }}
            </button>
          </div>
        } @else {
          <ld-free-text
            inputId="conflict-merged-note"
            field="summary"
            [label]="t('call.conflict.mergedNote')"
            [rows]="8"
            [maxlength]="summaryMax"
            [value]="mergedNote()"
            (valueChange)="mergedNote.set($event)"
          />
          <div class="actions">
            <button mat-flat-button type="button" data-testid="conflict-save-merged" (click)="saveMerged()">
              {{ t('call.conflict.saveMerged') }}
            </button>
            <button mat-button type="button" (click)="merging.set(false)">{{ t('casePage.cancel') }}</button>
          </div>
        }
      </section>
    </ng-container>
  `,
  styles: `
    .conflict {
      background: var(--ld-surface);
      border: 2px solid var(--ld-error);
      border-radius: 10px;
      padding: 0.75rem 1rem 1rem;
      margin-bottom: 1rem;
    }
    h2 {
      margin: 0.25rem 0 0.5rem;
    }
    .versions {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: 1rem;
    }
    .version {
      border: 1px solid var(--ld-border);
      border-radius: 8px;
      padding: 0.5rem 0.75rem;
      min-width: 0;
    }
    h3 {
      margin: 0.25rem 0;
      font-size: 1rem;
    }
    dl {
      margin: 0;
    }
    dt {
      font-size: 0.85rem;
      color: var(--ld-text-muted);
    }
    dd {
      margin: 0 0 0.5rem;
    }
    .note {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      max-height: 14rem;
      overflow-y: auto;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.75rem;
    }
  `,
})
export class DraftConflictPanel {
  readonly mine = input.required<ContactFields>();
  readonly theirs = input.required<DraftVersion>();
  /** The version that stays; the page saves it on top of the stored one. */
  readonly resolved = output<ContactFields>();

  private readonly transloco = inject(TranslocoService);
  private readonly title = viewChild<ElementRef<HTMLElement>>('title');
  protected readonly sides = ['mine', 'theirs'] as const;
  protected readonly labels = LABELS;
  protected readonly summaryMax = CONTACT_SUMMARY_MAX;
  protected readonly merging = signal(false);
  protected readonly mergedNote = signal('');
  protected readonly theirFields = computed(() => fieldsOnly(this.theirs()));
  protected readonly differing = computed(() => differingFields(this.mine(), this.theirFields()));

  constructor() {
    // The page changed under the counsellor's hands: say so where the focus is.
    effect(() => this.title()?.nativeElement.focus());
  }

  protected versionOf(side: 'mine' | 'theirs'): ContactFields {
    return side === 'mine' ? this.mine() : this.theirFields();
  }

  protected timeOf(side: 'mine' | 'theirs', field: DraftField): string | null {
    return this.versionOf(side)[field as 'startedAt' | 'endedAt'];
  }

  protected referralsOf(side: 'mine' | 'theirs'): string {
    return this.versionOf(side)
      .referrals.map((referral) => this.transloco.translate(`call.referrals.${referral}`))
      .join(', ');
  }

  protected startMerge(): void {
    this.mergedNote.set(combinedNote(this.mine().summary, this.theirFields().summary, this.transloco.translate('call.conflict.separator')));
    this.merging.set(true);
    setTimeout(() => document.getElementById('conflict-merged-note')?.focus());
  }

  protected saveMerged(): void {
    this.resolved.emit(mergedDraft(this.mine(), this.theirFields(), this.mergedNote()));
  }
}
