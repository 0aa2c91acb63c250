import type { StaffRef } from '../cases/case';

/** The longest note a counsellor may keep with one guide item. */
export const GUIDE_PROGRESS_NOTE_MAX = 500;

/**
 * Progress states of a guide item, as the API speaks them. The same values as
 * `ItemProgressState` in `@leidraad/shared/guide`: done implies discussed.
 */
export type GuideItemState = 'not_discussed' | 'discussed' | 'done';

/** Status of one step, as `stepStatus` of the guide library computes it. */
export type GuideStepStatus = 'not_started' | 'in_progress' | 'complete';

/** One item of the current guide on one case. Never recorded: not discussed, the rest null. */
export interface GuideProgressItemView {
  itemId: string;
  state: GuideItemState;
  /** The contact in which it was last changed. */
  contactId: string | null;
  note: string | null;
  updatedAt: string | null;
  updatedBy: StaffRef | null;
}

export interface GuideStepProgressView {
  stepId: string;
  status: GuideStepStatus;
  /** The first contact in which an item of this step was discussed (from the history), if known. */
  reachedInContactId: string | null;
}

/** One change of state, oldest first: which item moved where, in which contact. */
export interface GuideProgressChangeView {
  id: string;
  itemId: string;
  fromState: GuideItemState;
  toState: GuideItemState;
  contactId: string | null;
  changedBy: StaffRef;
  changedAt: string;
}

/** `GET /api/cases/{id}/guide-progress`. */
export interface GuideProgressView {
  guideVersion: number;
  /** Every item of the current guide, in the guide's order. */
  items: GuideProgressItemView[];
  steps: GuideStepProgressView[];
  /** Where to continue (`suggestNextStep`); null when every relevant step is complete. */
  suggestedStepId: string | null;
  /** The caller reported having had the conversation (step 2 "start the conversation" done). */
  conversationTookPlace: boolean;
  history: GuideProgressChangeView[];
}

/** `PUT /api/cases/{id}/guide-progress/{itemId}` body. */
export interface UpdateGuideProgress {
  state: GuideItemState;
  contactId: string;
  /** Absent: the stored note stays. null: removes it. A string: replaces it. */
  note?: string | null;
}
