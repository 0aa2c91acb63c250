import { guide } from './guide';
import type { GuideStep } from './guide.types';
import { allItems, findItem, findStep } from './lookup';
import {
  conversationReported,
  furthestState,
  isDiscussed,
  itemState,
  normaliseItemState,
  normaliseProgressMap,
  reachedSteps,
  stepProgress,
  stepStatus,
  suggestNextStep,
  type ItemProgressState,
  type ProgressMap,
} from './progress';

const step = (id: string): GuideStep => {
  const found = findStep(id);
  if (!found) {
    throw new Error(`missing step ${id}`);
  }
  return found;
};

/** Progress with every item of the given steps in one state. */
function progressFor(stepIds: readonly string[], state: ItemProgressState): Record<string, ItemProgressState> {
  return Object.fromEntries(stepIds.flatMap((id) => step(id).items.map((item) => [item.id, state])));
}

const idOfNext = (progress: ProgressMap, conversationTookPlace: boolean): string | undefined =>
  suggestNextStep(progress, { conversationTookPlace })?.id;

describe('item progress', () => {
  it('treats done as implying discussed', () => {
    expect(normaliseItemState({ discussed: false, done: true })).toBe('done');
    expect(normaliseItemState({ discussed: true, done: true })).toBe('done');
    expect(normaliseItemState({ discussed: true, done: false })).toBe('discussed');
    expect(normaliseItemState({ discussed: false, done: false })).toBe('not_discussed');
    expect(isDiscussed('done')).toBe(true);
    expect(isDiscussed('discussed')).toBe(true);
    expect(isDiscussed('not_discussed')).toBe(false);
  });

  it('keeps the further state when merging', () => {
    expect(furthestState('discussed', 'done')).toBe('done');
    expect(furthestState('done', 'not_discussed')).toBe('done');
    expect(furthestState('not_discussed', 'discussed')).toBe('discussed');
  });

  it('reads missing and malformed entries as not discussed', () => {
    const item = allItems()[0];
    expect(itemState(item, {})).toBe('not_discussed');
    const malformed = { [item.id]: 'finished' } as unknown as ProgressMap;
    expect(itemState(item, malformed)).toBe('not_discussed');
  });

  it('never reports advice that cannot be done as done', () => {
    const feeling = findItem('step-1.trust-your-feeling');
    const confidant = findItem('step-1.talk-to-a-confidant');
    if (!feeling || !confidant) {
      throw new Error('missing items');
    }
    const progress = { [feeling.id]: 'done', [confidant.id]: 'done' } as const;
    expect(itemState(feeling, progress)).toBe('discussed');
    expect(itemState(confidant, progress)).toBe('done');
  });
});

describe('stepStatus', () => {
  const step1 = step('step-1');

  it('is not started while nothing is discussed', () => {
    expect(stepStatus(step1, {})).toBe('not_started');
    expect(stepProgress(step1, {})).toEqual({
      total: 6,
      discussed: 0,
      done: 0,
    });
  });

  it('is in progress while some items are still open', () => {
    const progress = { 'step-1.place-and-time': 'discussed' } as const;
    expect(stepStatus(step1, progress)).toBe('in_progress');
  });

  it('is complete when every item is discussed', () => {
    expect(stepStatus(step1, progressFor(['step-1'], 'discussed'))).toBe('complete');
  });

  it('counts a done item as discussed, so it needs no separate tick', () => {
    const progress = {
      ...progressFor(['step-1'], 'discussed'),
      'step-1.talk-to-a-confidant': 'done',
    } as const;
    expect(stepStatus(step1, progress)).toBe('complete');
    expect(stepProgress(step1, progress)).toEqual({
      total: 6,
      discussed: 6,
      done: 1,
    });
    expect(stepStatus(step1, progressFor(['step-1'], 'done'))).toBe('complete');
  });

  it('does not let one open item pass as complete', () => {
    const progress = {
      ...progressFor(['step-1'], 'done'),
      'step-1.prepare-the-conversation': 'not_discussed',
    } as const;
    expect(stepStatus(step1, progress)).toBe('in_progress');
  });
});

describe('suggestNextStep', () => {
  it('starts at step 1 for a new caller', () => {
    expect(idOfNext({}, false)).toBe('step-1');
  });

  it('suggests the first step that is not complete', () => {
    expect(idOfNext(progressFor(['step-1'], 'discussed'), false)).toBe('step-2');
    // A later step being complete does not skip an earlier open one.
    expect(idOfNext(progressFor(['step-1', 'step-3'], 'discussed'), false)).toBe('step-2');
    const partly = {
      ...progressFor(['step-1'], 'discussed'),
      'step-2.start-the-conversation': 'discussed',
    } as const;
    expect(idOfNext(partly, false)).toBe('step-2');
  });

  it('suggests nothing once every step is complete', () => {
    const all = progressFor(
      guide.steps.map((s) => s.id),
      'discussed',
    );
    expect(idOfNext(all, false)).toBeUndefined();
    expect(idOfNext(all, true)).toBeUndefined();
  });

  it('after the conversation, continues at step 4 even if the preparation was never discussed', () => {
    expect(idOfNext({}, true)).toBe('step-4');
    expect(idOfNext(progressFor(['step-1'], 'discussed'), true)).toBe('step-4');
  });

  it('after the conversation, suggests the first incomplete step among 4–6', () => {
    expect(idOfNext(progressFor(['step-4'], 'discussed'), true)).toBe('step-5');
    expect(idOfNext(progressFor(['step-4', 'step-5'], 'done'), true)).toBe('step-6');
    expect(idOfNext(progressFor(['step-4', 'step-6'], 'done'), true)).toBe('step-5');
    expect(idOfNext(progressFor(['step-4', 'step-5', 'step-6'], 'discussed'), true)).toBeUndefined();
  });
});

describe('reachedSteps and conversationReported', () => {
  it('lists the steps that are started or complete', () => {
    const progress = {
      ...progressFor(['step-1'], 'discussed'),
      'step-3.let-them-tell-their-story': 'discussed',
    } as const;
    expect(reachedSteps(progress).map((s) => s.id)).toEqual(['step-1', 'step-3']);
    expect(reachedSteps({})).toEqual([]);
  });

  it('reports the conversation only when starting it is done', () => {
    expect(conversationReported({})).toBe(false);
    expect(conversationReported({ 'step-2.start-the-conversation': 'discussed' })).toBe(false);
    expect(conversationReported({ 'step-2.start-the-conversation': 'done' })).toBe(true);
  });
});

describe('unknown item ids', () => {
  const fromOtherVersions: ProgressMap = {
    'step-7.future-item': 'done',
    'step-1.retired-item': 'discussed',
    'not-even-an-item': 'done',
  };

  it('are ignored by statuses and suggestions', () => {
    expect(stepStatus(step('step-1'), fromOtherVersions)).toBe('not_started');
    expect(reachedSteps(fromOtherVersions)).toEqual([]);
    expect(idOfNext(fromOtherVersions, false)).toBe('step-1');
    const withKnown = {
      ...fromOtherVersions,
      ...progressFor(['step-1'], 'discussed'),
    };
    expect(stepStatus(step('step-1'), withKnown)).toBe('complete');
    expect(idOfNext(withKnown, false)).toBe('step-2');
  });

  it('are dropped from the normalised map, which covers every current item', () => {
    const normalised = normaliseProgressMap({
      ...fromOtherVersions,
      'step-1.trust-your-feeling': 'done',
      'step-4.summarise': 'done',
    });
    expect(Object.keys(normalised)).toEqual(allItems().map((item) => item.id));
    expect(normalised['step-1.trust-your-feeling']).toBe('discussed');
    expect(normalised['step-4.summarise']).toBe('done');
    expect(normalised['step-5.safety-plan']).toBe('not_discussed');
  });
});
