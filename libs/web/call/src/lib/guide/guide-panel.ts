import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  type ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
  viewChildren,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { usesRelativesGuide, type CallerRole, type GuideItemState } from '@leidraad/shared/domain';
import { guide, type GuideItem, type GuideStep, type LocalisedText } from '@leidraad/shared/guide';
import { LanguageService } from '@leidraad/web/core';
import { GuideItemNote } from './guide-item-note';
import { GuideState } from './guide-state';

type Overlay = 'whatIf' | 'doDont';

const allItems = guide.steps.flatMap((step) => step.items);
const WHAT_IF = allItems.find((item) => item.whatIf)?.whatIf;
const DO_LIST = allItems.find((item) => item.doList)?.doList;
const DONT_LIST = allItems.find((item) => item.dontList)?.dontList;

/**
 * The guide "Start het Gesprek" beside the running contact: the six steps with their status,
 * the items of the chosen step to mark with one key, and "Wat als…" and DO / DON'T at hand.
 */
@Component({
  selector: 'ld-guide-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [GuideItemNote, TranslocoDirective],
  providers: [GuideState],
  templateUrl: './guide-panel.html',
  styleUrl: './guide-panel.scss',
  host: { '(document:keydown)': 'onDocumentKey($event)' },
})
export class GuidePanel {
  readonly caseId = input.required<string>();
  readonly contactId = input.required<string>();
  readonly callerRole = input.required<CallerRole>();

  protected readonly state = inject(GuideState);
  protected readonly languages = inject(LanguageService);

  protected readonly steps = guide.steps;
  protected readonly whatIf = WHAT_IF;
  protected readonly doList = DO_LIST;
  protected readonly dontList = DONT_LIST;

  protected readonly applies = computed(() => usesRelativesGuide(this.callerRole()));
  private readonly chosenStepId = signal<string | undefined>(undefined);
  protected readonly selectedStep = computed<GuideStep>(() => {
    const id = this.chosenStepId() ?? this.state.suggestedStepId() ?? this.steps[0].id;
    return this.steps.find((step) => step.id === id) ?? this.steps[0];
  });
  protected readonly focusIndex = signal(0);
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly overlay = signal<Overlay | undefined>(undefined);

  private readonly rows = viewChildren<ElementRef<HTMLButtonElement>>('row');
  private readonly overlayHeading = viewChild<ElementRef<HTMLElement>>('overlayHeading');
  private returnFocus: HTMLElement | null = null;

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      if (this.applies()) untracked(() => void this.state.load(caseId));
    });
  }

  protected text(value: LocalisedText): string {
    return value[this.languages.language()];
  }

  protected itemState(item: GuideItem): GuideItemState {
    return this.state.state(item);
  }

  protected selectStep(step: GuideStep): void {
    this.chosenStepId.set(step.id);
    this.focusIndex.set(0);
  }

  protected toggleExplanation(item: GuideItem): void {
    this.expanded.update((current) => {
      const next = new Set(current);
      if (next.has(item.id)) next.delete(item.id);
      else next.add(item.id);
      return next;
    });
  }

  protected mark(item: GuideItem, state: GuideItemState): void {
    void this.state.mark(this.caseId(), this.contactId(), item, state);
  }

  /** The caller had the conversation at home: continue with step 4 (Alt+G). */
  protected reportConversation(): void {
    this.chosenStepId.set(undefined);
    void this.state.reportConversation(this.caseId(), this.contactId());
  }

  /** A click moves an item on: not discussed → discussed → done (actions only) → not discussed. */
  protected cycle(item: GuideItem, index: number): void {
    this.focusIndex.set(index);
    const current = this.itemState(item);
    const next: GuideItemState =
      current === 'not_discussed' ? 'discussed' : current === 'discussed' && item.kind === 'action' ? 'done' : 'not_discussed';
    this.mark(item, next);
  }

  protected onItemKey(event: KeyboardEvent, item: GuideItem, index: number): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const count = this.selectedStep().items.length;
    switch (event.key) {
      case 'b':
      case 'B':
        this.mark(item, 'discussed');
        break;
      case 'g':
      case 'G':
        if (item.kind === 'action') this.mark(item, 'done');
        break;
      case '0':
        this.mark(item, 'not_discussed');
        break;
      // At the ends the arrows stop: wrapping round put the next 'b' on an item of the other end.
      case 'ArrowDown':
        this.moveFocus(Math.min(index + 1, count - 1));
        break;
      case 'ArrowUp':
        this.moveFocus(Math.max(index - 1, 0));
        break;
      case 'Home':
        this.moveFocus(0);
        break;
      case 'End':
        this.moveFocus(count - 1);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  /** Esc anywhere in the guide (outside its overlays) goes back to the contact's note. */
  protected backToNote(): void {
    document.getElementById('note')?.focus();
  }

  private moveFocus(index: number): void {
    this.focusIndex.set(index);
    this.rows()[index]?.nativeElement.focus();
  }

  protected onDocumentKey(event: KeyboardEvent): void {
    if (!this.applies() || !event.altKey || event.ctrlKey || event.metaKey) return;
    const digit = /^Digit([1-6])$/.exec(event.code)?.[1] ?? (/^[1-6]$/.test(event.key) ? event.key : undefined);
    if (digit) {
      event.preventDefault();
      const step = this.steps[Number(digit) - 1];
      if (step) {
        this.selectStep(step);
        // Straight to the step's first item, so the next key marks it; Esc goes back to the note.
        setTimeout(() => this.moveFocus(0));
      }
    } else if (event.code === 'KeyW' || event.key === 'w' || event.key === 'W') {
      event.preventDefault();
      this.toggleOverlay('whatIf');
    } else if (event.code === 'KeyD' || event.key === 'd' || event.key === 'D') {
      event.preventDefault();
      this.toggleOverlay('doDont');
    } else if (
      (event.code === 'KeyG' || event.key === 'g' || event.key === 'G') &&
      this.state.loaded() &&
      !this.state.conversationTookPlace()
    ) {
      event.preventDefault();
      this.reportConversation();
    }
  }

  protected toggleOverlay(which: Overlay): void {
    if (this.overlay() === which) {
      this.closeOverlay();
      return;
    }
    if (!this.overlay()) {
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement ? active : null;
    }
    this.overlay.set(which);
    setTimeout(() => this.overlayHeading()?.nativeElement.focus());
  }

  protected closeOverlay(): void {
    this.overlay.set(undefined);
    const target = this.returnFocus;
    this.returnFocus = null;
    setTimeout(() => target?.focus());
  }

  protected onOverlayKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.closeOverlay();
    }
  }
}
