import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { usesRelativesGuide, type CaseDetail, type GuideProgressView } from '@leidraad/shared/domain';
import type { LocalisedText } from '@leidraad/shared/guide';
import { genericErrorKey, GuideApi, LanguageService, problemOf } from '@leidraad/web/core';
import { LocalDatePipe } from '@leidraad/web/ui';
import { contactsOf, progressOverTime } from './progress-over-time';

/** The case page's "progress in the guide": which step was reached in which contact, and what moved per contact. */
@Component({
  selector: 'ld-case-guide-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe, TranslocoDirective],
  templateUrl: './case-guide-progress.html',
  styleUrl: './case-guide-progress.scss',
})
export class CaseGuideProgress {
  readonly detail = input.required<CaseDetail>();
  private readonly api = inject(GuideApi);
  private readonly languages = inject(LanguageService);

  protected readonly applies = computed(() => usesRelativesGuide(this.detail().callerRole));
  protected readonly view = signal<GuideProgressView | undefined>(undefined);
  protected readonly error = signal<string | undefined>(undefined);
  protected readonly overTime = computed(() => {
    const view = this.view();
    return view ? progressOverTime(view, contactsOf(this.detail())) : undefined;
  });

  constructor() {
    effect(() => {
      const detail = this.detail();
      if (this.applies()) untracked(() => void this.load(detail.id));
    });
  }

  private async load(caseId: string): Promise<void> {
    this.error.set(undefined);
    try {
      this.view.set(await this.api.progress(caseId));
    } catch (error) {
      this.error.set(genericErrorKey(problemOf(error)));
    }
  }

  protected text(value: LocalisedText): string {
    return value[this.languages.language()];
  }
}
