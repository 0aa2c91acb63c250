/** One stop of the call-screen tour: what it points at and its text. */
export interface TourStep {
  readonly id: 'case' | 'note' | 'guide' | 'save' | 'finalise';
  /** CSS selector of the part of the call page the step highlights. */
  readonly target: string;
  /** Translation keys. */
  readonly title: string;
  readonly body: string;
  /** Where the card sits: away from the part it explains (the guide is in the right column). */
  readonly side: 'left' | 'right';
}

/** The call screen in five stops, in the order a counsellor meets them during a call. */
export const CALL_TOUR_STEPS: readonly TourStep[] = [
  { id: 'case', target: '.case-header', title: 'help.tour.steps.case.title', body: 'help.tour.steps.case.body', side: 'right' },
  { id: 'note', target: '.note', title: 'help.tour.steps.note.title', body: 'help.tour.steps.note.body', side: 'right' },
  { id: 'guide', target: '[data-testid="guide"]', title: 'help.tour.steps.guide.title', body: 'help.tour.steps.guide.body', side: 'left' },
  {
    id: 'save',
    target: '[data-testid="save-state"]',
    title: 'help.tour.steps.save.title',
    body: 'help.tour.steps.save.body',
    side: 'right',
  },
  {
    id: 'finalise',
    target: '.contact .actions',
    title: 'help.tour.steps.finalise.title',
    body: 'help.tour.steps.finalise.body',
    side: 'right',
  },
];

export type TourMove = 'next' | 'back' | 'close';

/** What a key does inside the tour card: Enter/→ on, ← back, Esc away; anything else nothing. */
export function tourMoveFor(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
  onButton: boolean,
): TourMove | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  switch (event.key) {
    case 'ArrowRight':
      return 'next';
    case 'ArrowLeft':
      return 'back';
    case 'Escape':
      return 'close';
    // On a button Enter presses that button ("Vorige" must go back), so only the card itself moves on.
    case 'Enter':
      return onButton || event.shiftKey ? undefined : 'next';
    default:
      return undefined;
  }
}

/** The step after a move; `undefined` when the tour ends (past the last step, or closed). */
export function stepAfter(index: number, move: TourMove, count: number): number | undefined {
  if (move === 'close') return undefined;
  if (move === 'back') return Math.max(0, index - 1);
  return index + 1 < count ? index + 1 : undefined;
}

const SEEN_PREFIX = 'leidraad.tour.call.seen.';

/** Whether a staff member has seen (or declined) the tour, remembered per staff id in the browser. */
export class TourSeenStore {
  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined) {}

  hasSeen(staffId: string): boolean {
    try {
      return this.storage?.getItem(SEEN_PREFIX + staffId) === '1';
    } catch {
      // Storage switched off: better offer the tour again than fail the call screen.
      return false;
    }
  }

  markSeen(staffId: string): void {
    try {
      this.storage?.setItem(SEEN_PREFIX + staffId, '1');
    } catch {
      // Not remembered; the offer comes back next time.
    }
  }

  forget(staffId: string): void {
    try {
      this.storage?.removeItem(SEEN_PREFIX + staffId);
    } catch {
      // Nothing to forget.
    }
  }
}
