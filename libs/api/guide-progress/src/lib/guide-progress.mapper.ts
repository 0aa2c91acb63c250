import type { GuideItemState, GuideProgressChangeView, GuideProgressItemView, GuideProgressView, StaffRef } from '@leidraad/shared/domain';
import {
  allItems,
  conversationReported,
  guide as currentGuide,
  isDiscussed,
  isItemProgressState,
  itemState,
  normaliseItemState,
  stepOfItem,
  stepStatus,
  suggestNextStep,
  type Guide,
  type GuideItem,
  type ItemProgressState,
  type ProgressMap,
} from '@leidraad/shared/guide';

/** A stored progress row, note already decrypted. */
export interface StoredProgress {
  itemId: string;
  state: string;
  contactId: string | null;
  note: string | null;
  updatedAt: string;
  updatedBy: StaffRef;
}

/** A stored history row. */
export interface StoredChange {
  id: string;
  itemId: string;
  fromState: string;
  toState: string;
  contactId: string | null;
  changedBy: StaffRef;
  changedAt: string;
}

/**
 * The state to store for a requested state: 'done' on a guidance item (advice that cannot be
 * done) is refused, and done always counts as discussed (`normaliseItemState`).
 */
export function stateToStore(item: GuideItem, requested: ItemProgressState): { state: ItemProgressState } | { refused: string } {
  if (requested === 'done' && item.kind === 'guidance') {
    return {
      refused: `${item.id} is guidance: it can be discussed, never done.`,
    };
  }
  return {
    state: normaliseItemState({
      discussed: requested !== 'not_discussed',
      done: requested === 'done',
    }),
  };
}

/** The stored rows as the guide library's progress map (unknown ids are ignored by it). */
export function progressMap(stored: readonly StoredProgress[]): ProgressMap {
  const map: Record<string, ItemProgressState> = {};
  for (const row of stored) {
    if (isItemProgressState(row.state)) map[row.itemId] = row.state;
  }
  return map;
}

/**
 * For each step, the first contact in which one of its items became discussed (or done),
 * from the history in order; steps never reached are absent.
 */
export function contactsReachingSteps(history: readonly StoredChange[], guide: Guide = currentGuide): Map<string, string | null> {
  const reached = new Map<string, string | null>();
  for (const change of history) {
    if (!isItemProgressState(change.toState) || !isDiscussed(change.toState)) continue;
    const step = stepOfItem(change.itemId, guide);
    if (step && !reached.has(step.id)) reached.set(step.id, change.contactId);
  }
  return reached;
}

/** The whole progress of a case against the current guide, computed with the guide library. */
export function toProgressView(
  stored: readonly StoredProgress[],
  history: readonly StoredChange[],
  guide: Guide = currentGuide,
): GuideProgressView {
  const map = progressMap(stored);
  const byItem = new Map(stored.map((row) => [row.itemId, row]));
  const items: GuideProgressItemView[] = allItems(guide).map((item) => {
    const row = byItem.get(item.id);
    return {
      itemId: item.id,
      state: itemState(item, map),
      contactId: row?.contactId ?? null,
      note: row?.note ?? null,
      updatedAt: row?.updatedAt ?? null,
      updatedBy: row?.updatedBy ?? null,
    };
  });
  const reached = contactsReachingSteps(history, guide);
  const conversationTookPlace = conversationReported(map, guide);
  const changes: GuideProgressChangeView[] = history
    .filter((change) => isItemProgressState(change.fromState) && isItemProgressState(change.toState))
    .map((change) => ({
      ...change,
      fromState: change.fromState as GuideItemState,
      toState: change.toState as GuideItemState,
    }));
  return {
    guideVersion: guide.version,
    items,
    steps: guide.steps.map((step) => ({
      stepId: step.id,
      status: stepStatus(step, map),
      reachedInContactId: reached.get(step.id) ?? null,
    })),
    suggestedStepId: suggestNextStep(map, { conversationTookPlace }, guide)?.id ?? null,
    conversationTookPlace,
    history: changes,
  };
}
