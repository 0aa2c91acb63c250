import { guide as currentGuide } from './guide';
import type { Guide, GuideItem, GuideStep } from './guide.types';

/**
 * Progress of one caller on one item. The states are ordered: "done" (the
 * caller has done it) implies "discussed", because an item the caller has
 * already done needs no more coaching.
 */
export const ITEM_PROGRESS_STATES = ['not_discussed', 'discussed', 'done'] as const;
export type ItemProgressState = (typeof ITEM_PROGRESS_STATES)[number];

/**
 * A case's progress keyed by item id. It may hold ids this guide version does
 * not know (recorded against an older or newer version); they are ignored,
 * never an error. Missing ids mean "not discussed".
 */
export type ProgressMap = Readonly<Record<string, ItemProgressState>>;

export type StepStatus = 'not_started' | 'in_progress' | 'complete';

/** Counts per step, e.g. for a "3 of 6 discussed" badge. */
export interface StepProgress {
  readonly total: number;
  /** Items discussed or done (done implies discussed). */
  readonly discussed: number;
  readonly done: number;
}

/**
 * After the caller's conversation with the person they worry about, the
 * follow-up is about steps 4 to 6 (summary and agreements, what happens next,
 * self-care); steps 1 to 3 prepared and carried the conversation itself.
 */
export const FIRST_STEP_AFTER_CONVERSATION = 4;

const RANK: Readonly<Record<ItemProgressState, number>> = {
  not_discussed: 0,
  discussed: 1,
  done: 2,
};

export function isItemProgressState(value: unknown): value is ItemProgressState {
  return typeof value === 'string' && (ITEM_PROGRESS_STATES as readonly string[]).includes(value);
}

/** Combines two separate marks into one state; done wins over discussed. */
export function normaliseItemState(marks: { readonly discussed: boolean; readonly done: boolean }): ItemProgressState {
  if (marks.done) {
    return 'done';
  }
  return marks.discussed ? 'discussed' : 'not_discussed';
}

/** True for discussed and for done, since done implies discussed. */
export function isDiscussed(state: ItemProgressState): boolean {
  return RANK[state] >= RANK.discussed;
}

/** The further of two states, e.g. to merge what several contacts recorded. */
export function furthestState(a: ItemProgressState, b: ItemProgressState): ItemProgressState {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * The effective state of an item. Missing or malformed entries count as not
 * discussed, and a `guidance` item (advice that cannot be done) is at most
 * discussed.
 */
export function itemState(item: GuideItem, progress: ProgressMap): ItemProgressState {
  const raw: unknown = progress[item.id];
  if (!isItemProgressState(raw)) {
    return 'not_discussed';
  }
  return raw === 'done' && item.kind === 'guidance' ? 'discussed' : raw;
}

/**
 * A full map over the items of this guide version: unknown ids dropped, every
 * known id present, values normalised. For display and computation; do not
 * write it back over stored progress, which may belong to another version.
 */
export function normaliseProgressMap(progress: ProgressMap, guide: Guide = currentGuide): Record<string, ItemProgressState> {
  const result: Record<string, ItemProgressState> = {};
  for (const step of guide.steps) {
    for (const item of step.items) {
      result[item.id] = itemState(item, progress);
    }
  }
  return result;
}

export function stepProgress(step: GuideStep, progress: ProgressMap): StepProgress {
  const states = step.items.map((item) => itemState(item, progress));
  return {
    total: states.length,
    discussed: states.filter(isDiscussed).length,
    done: states.filter((state) => state === 'done').length,
  };
}

/**
 * A step is complete when every item is at least discussed. Being "done"
 * counts, but is not required: some actions only apply when needed (a safety
 * plan, the peer support group) and a caller may rightly skip them.
 */
export function stepStatus(step: GuideStep, progress: ProgressMap): StepStatus {
  const { total, discussed } = stepProgress(step, progress);
  if (discussed === 0) {
    return 'not_started';
  }
  return discussed === total ? 'complete' : 'in_progress';
}

/** Steps the caller has started or completed, in order. */
export function reachedSteps(progress: ProgressMap, guide: Guide = currentGuide): GuideStep[] {
  return guide.steps.filter((step) => stepStatus(step, progress) !== 'not_started');
}

/** The item whose "done" means the caller had the conversation at home (step 2). */
export const CONVERSATION_ITEM_ID = 'step-2.start-the-conversation';

/**
 * True when the caller has reported having had the conversation, i.e. the
 * "start the conversation" item of step 2 is done.
 */
export function conversationReported(progress: ProgressMap, guide: Guide = currentGuide): boolean {
  const start = guide.steps.find((step) => step.number === 2)?.items.find((item) => item.id === CONVERSATION_ITEM_ID);
  return start !== undefined && itemState(start, progress) === 'done';
}

/**
 * Where to continue with this caller: the first step that is not complete.
 * Once the conversation took place, only steps 4–6 are suggested, since going
 * back over the preparation no longer helps. `undefined` when nothing is left.
 */
export function suggestNextStep(
  progress: ProgressMap,
  options: { readonly conversationTookPlace: boolean },
  guide: Guide = currentGuide,
): GuideStep | undefined {
  return guide.steps.find(
    (step) => (!options.conversationTookPlace || step.number >= FIRST_STEP_AFTER_CONVERSATION) && stepStatus(step, progress) !== 'complete',
  );
}
