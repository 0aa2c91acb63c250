import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  type ElementRef,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { CALL_TOUR_STEPS, stepAfter, tourMoveFor, type TourMove } from './tour-steps';
import { TourService } from './tour.service';

const HIGHLIGHT = 'data-tour-highlight';

/**
 * The first-use tour of the call screen. A counsellor may be on a live call the first time, so it
 * never starts by itself: a small offer sits under the case header, never takes focus, and goes
 * away for good once taken or declined. Started, it is a non-modal card that walks the parts of
 * the page (Enter/→ on, ← back, Esc closes) and hands focus back to the note when it ends.
 */
@Component({
  selector: 'ld-call-tour',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoDirective],
  templateUrl: './call-tour.html',
  styleUrl: './call-tour.scss',
})
export class CallTour {
  private readonly tour = inject(TourService);
  private readonly card = viewChild<ElementRef<HTMLElement>>('card');

  protected readonly steps = CALL_TOUR_STEPS;
  protected readonly index = signal<number | undefined>(undefined);
  protected readonly step = computed(() => {
    const index = this.index();
    return index === undefined ? undefined : this.steps[index];
  });
  protected readonly offered = computed(() => !this.tour.seen() && this.index() === undefined);
  private highlighted: HTMLElement | null = null;

  constructor() {
    this.tour.hostActive.set(true);
    let handled = untracked(() => this.tour.startRequests());
    effect(() => {
      const requests = this.tour.startRequests();
      if (requests === handled) return;
      handled = requests;
      untracked(() => this.start());
    });
    effect(() => {
      const step = this.step();
      untracked(() => this.highlight(step?.target));
    });
    inject(DestroyRef).onDestroy(() => {
      this.tour.hostActive.set(false);
      this.highlight(undefined);
    });
  }

  protected start(): void {
    this.index.set(0);
    setTimeout(() => this.card()?.nativeElement.focus());
  }

  protected decline(): void {
    this.tour.markSeen();
  }

  protected move(move: TourMove): void {
    const index = this.index();
    if (index === undefined) return;
    const next = stepAfter(index, move, this.steps.length);
    if (next !== undefined) {
      this.index.set(next);
      return;
    }
    this.index.set(undefined);
    this.tour.markSeen();
    // Back to where the work is: the note (when the contact is still open).
    setTimeout(() => document.getElementById('note')?.focus());
  }

  protected onKey(event: KeyboardEvent): void {
    const onButton = event.target instanceof HTMLButtonElement;
    const move = tourMoveFor(event, onButton);
    if (!move) return;
    event.preventDefault();
    event.stopPropagation();
    this.move(move);
    // A disabled or vanished button loses focus; keep it in the card.
    if (this.index() !== undefined && onButton && (event.target as HTMLButtonElement).disabled) this.card()?.nativeElement.focus();
  }

  private highlight(selector: string | undefined): void {
    this.highlighted?.removeAttribute(HIGHLIGHT);
    this.highlighted = selector ? document.querySelector<HTMLElement>(selector) : null;
    if (!this.highlighted) return;
    this.highlighted.setAttribute(HIGHLIGHT, '');
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.highlighted.scrollIntoView?.({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
  }
}
