import { guide as currentGuide } from './guide';
import type { Guide, GuideEntry, GuideItem, GuideStep } from './guide.types';
import { AGREEMENT_TOPIC_IDS, ITEM_IDS, STEP_IDS, type AgreementTopicId, type ItemId, type StepId } from './ids';

// Every helper takes the guide as an optional last argument so tests and
// tools can pass another version; callers normally use the current guide.

export function findStep(id: string, guide: Guide = currentGuide): GuideStep | undefined {
  return guide.steps.find((step) => step.id === id);
}

export function findItem(id: string, guide: Guide = currentGuide): GuideItem | undefined {
  return allItems(guide).find((item) => item.id === id);
}

/** All items of all steps, in the guide's order. */
export function allItems(guide: Guide = currentGuide): GuideItem[] {
  return guide.steps.flatMap((step) => step.items);
}

/** The step an item belongs to. */
export function stepOfItem(itemId: string, guide: Guide = currentGuide): GuideStep | undefined {
  return guide.steps.find((step) => step.items.some((item) => item.id === itemId));
}

/** The agreement topics of step 5, which the safety plan files agreements under. */
export function agreementTopics(guide: Guide = currentGuide): GuideEntry<AgreementTopicId>[] {
  return allItems(guide).flatMap((item) => item.agreementTopics?.entries ?? []);
}

export function findAgreementTopic(id: string, guide: Guide = currentGuide): GuideEntry<AgreementTopicId> | undefined {
  return agreementTopics(guide).find((topic) => topic.id === id);
}

const includes = (list: readonly string[], value: string): boolean => list.includes(value);

/** Narrows untrusted input (request bodies, stored rows) to a known step id. */
export function isStepId(value: string): value is StepId {
  return includes(STEP_IDS, value);
}

/** Narrows untrusted input to an item id of the current guide version. */
export function isItemId(value: string): value is ItemId {
  return includes(ITEM_IDS, value);
}

/** Narrows untrusted input to a known agreement topic id. */
export function isAgreementTopicId(value: string): value is AgreementTopicId {
  return includes(AGREEMENT_TOPIC_IDS, value);
}
