import { findItem, guide } from '@leidraad/shared/guide';
import {
  contactsReachingSteps,
  progressMap,
  stateToStore,
  toProgressView,
  type StoredChange,
  type StoredProgress,
} from './guide-progress.mapper';

const staff = { id: 's1', displayName: 'Sam' };

function row(itemId: string, state: string, contactId = 'c1'): StoredProgress {
  return { itemId, state, contactId, note: null, updatedAt: '2026-01-01T10:00:00.000Z', updatedBy: staff };
}

function change(itemId: string, fromState: string, toState: string, contactId: string): StoredChange {
  return { id: `${itemId}-${toState}`, itemId, fromState, toState, contactId, changedBy: staff, changedAt: '2026-01-01T10:00:00.000Z' };
}

describe('stateToStore', () => {
  it('refuses done on guidance, keeps the other states', () => {
    const guidance = findItem('step-1.trust-your-feeling');
    const action = findItem('step-1.place-and-time');
    if (!guidance || !action) throw new Error('fixture');
    expect(stateToStore(guidance, 'done')).toEqual({ refused: expect.stringContaining('guidance') });
    expect(stateToStore(guidance, 'discussed')).toEqual({ state: 'discussed' });
    expect(stateToStore(action, 'done')).toEqual({ state: 'done' });
    expect(stateToStore(action, 'not_discussed')).toEqual({ state: 'not_discussed' });
  });
});

describe('progressMap', () => {
  it('drops malformed states and keeps unknown ids for the guide library to ignore', () => {
    expect(
      progressMap([row('step-1.place-and-time', 'discussed'), row('step-9.x', 'done'), row('step-2.explore-openly', 'bogus')]),
    ).toEqual({
      'step-1.place-and-time': 'discussed',
      'step-9.x': 'done',
    });
  });
});

describe('contactsReachingSteps', () => {
  it('names the first contact in which an item of each step was discussed', () => {
    const reached = contactsReachingSteps([
      change('step-1.place-and-time', 'not_discussed', 'discussed', 'c1'),
      change('step-1.place-and-time', 'discussed', 'not_discussed', 'c2'),
      change('step-1.learn-about-the-topic', 'not_discussed', 'discussed', 'c2'),
      change('step-4.summarise', 'not_discussed', 'done', 'c2'),
      change('step-9.unknown', 'not_discussed', 'done', 'c3'),
    ]);
    expect([...reached]).toEqual([
      ['step-1', 'c1'],
      ['step-4', 'c2'],
    ]);
  });
});

describe('toProgressView', () => {
  it('lists every item, normalises guidance, and suggests step 4 once the conversation took place', () => {
    const view = toProgressView(
      [
        row('step-1.trust-your-feeling', 'done'),
        row('step-2.start-the-conversation', 'done'),
        row('step-2.explore-openly', 'discussed'),
        row('step-3.let-them-tell-their-story', 'discussed'),
      ],
      [],
    );
    expect(view.guideVersion).toBe(guide.version);
    expect(view.items).toHaveLength(15);
    expect(view.items.find((item) => item.itemId === 'step-1.trust-your-feeling')?.state).toBe('discussed');
    expect(view.items.find((item) => item.itemId === 'step-4.summarise')).toEqual({
      itemId: 'step-4.summarise',
      state: 'not_discussed',
      contactId: null,
      note: null,
      updatedAt: null,
      updatedBy: null,
    });
    expect(view.steps.map((step) => step.status)).toEqual([
      'in_progress',
      'complete',
      'complete',
      'not_started',
      'not_started',
      'not_started',
    ]);
    expect(view.conversationTookPlace).toBe(true);
    expect(view.suggestedStepId).toBe('step-4');
  });

  it('suggests step 1 for a new case and null when everything is complete', () => {
    expect(toProgressView([], []).suggestedStepId).toBe('step-1');
    const all = guide.steps.flatMap((step) => step.items.map((item) => row(item.id, 'discussed')));
    expect(toProgressView(all, []).suggestedStepId).toBeNull();
  });
});
