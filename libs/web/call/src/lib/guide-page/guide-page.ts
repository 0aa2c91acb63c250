import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { guide, searchGuide, type LocalisedText } from '@leidraad/shared/guide';
import { formatWorkingHours, websiteDisplay, type HelplineContactDetails } from '@leidraad/shared/domain';
import { CurrentHelpline, LanguageService } from '@leidraad/web/core';

/** The shape every list of the guide shares (what-if, DO, DON'T, principles, topics, themes). */
interface ListView {
  readonly heading: LocalisedText;
  readonly entries: readonly { readonly id: string; readonly text: LocalisedText }[];
}

/** Gidsweergave: the whole guide, read-only, searchable and printable, for training and reading along. */
@Component({
  selector: 'ld-guide-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './guide-page.html',
  styleUrl: './guide-page.scss',
})
export class GuidePage {
  protected readonly languages = inject(LanguageService);
  protected readonly guide = guide;
  protected readonly query = signal('');
  protected readonly hits = computed(() => searchGuide(this.query(), this.languages.language()));
  /** The session's helpline as callers reach it; null when it cannot be had (nothing is shown). */
  protected readonly contact = signal<HelplineContactDetails | null | undefined>(undefined);
  protected readonly websiteDisplay = websiteDisplay;

  constructor() {
    void inject(CurrentHelpline)
      .contact()
      .then((contact) => this.contact.set(contact ?? null));
  }

  /** When callers can reach the helpline, in the page's language; empty: not shown. */
  protected hoursOf(contact: HelplineContactDetails): string {
    return formatWorkingHours(contact.workingHours, this.languages.language());
  }

  protected text(value: LocalisedText): string {
    return value[this.languages.language()];
  }

  /** The lists an item may carry, in the order the guide prints them. */
  protected lists(item: (typeof guide.steps)[number]['items'][number]): readonly ListView[] {
    const lists: (ListView | undefined)[] = [
      item.whatIf,
      item.doList,
      item.dontList,
      item.safetyPlanPrinciples,
      item.agreementTopics,
      item.peerSupportGroup?.themes,
    ];
    return lists.filter((list): list is ListView => list !== undefined);
  }

  protected print(): void {
    window.print();
  }
}
