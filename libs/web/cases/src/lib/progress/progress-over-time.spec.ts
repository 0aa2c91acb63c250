import type { GuideProgressChangeView, GuideProgressView } from '@leidraad/shared/domain';
import { guide } from '@leidraad/shared/guide';
import { contactsOf, progressOverTime, type ContactRef } from './progress-over-time';

const anna = { id: 's1', displayName: 'Anna' };
const first: ContactRef = { id: 'c1', at: '2026-11-01T10:00:00Z', counsellor: anna, draft: false };
const second: ContactRef = { id: 'c2', at: '2026-11-08T10:00:00Z', counsellor: anna, draft: false };

function change(itemId: string, toState: GuideProgressChangeView['toState'], contactId: string | null, n: number): GuideProgressChangeView {
  return { id: `h${n}`, itemId, fromState: 'not_discussed', toState, contactId, changedBy: anna, changedAt: `2026-11-0${n}T10:00:00Z` };
}

function view(history: GuideProgressChangeView[], reached: Record<string, string>): GuideProgressView {
  return {
    guideVersion: guide.version,
    items: [],
    steps: guide.steps.map((step) => ({
      stepId: step.id,
      status: reached[step.id] ? 'in_progress' : 'not_started',
      reachedInContactId: reached[step.id] ?? null,
    })),
    suggestedStepId: null,
    conversationTookPlace: false,
    history,
  };
}

const [step1, step2, , step4] = guide.steps;

describe('progressOverTime', () => {
  it('names, per step, the contact in which it was reached, and leaves unreached steps empty', () => {
    const result = progressOverTime(view([], { [step1.id]: 'c1', [step4.id]: 'c2' }), [first, second]);
    expect(result.steps.map((s) => s.reachedIn?.id ?? null)).toEqual(['c1', null, null, 'c2', null, null]);
    expect(result.steps[0].status).toBe('in_progress');
    expect(result.steps[1].status).toBe('not_started');
  });

  it("gives the notes kept with a step's items", () => {
    const base = view([], {});
    const withNote = {
      ...base,
      items: [
        {
          itemId: step2.items[0].id,
          state: 'discussed' as const,
          contactId: 'c1',
          note: 'Wil het na het weekend proberen',
          updatedAt: null,
          updatedBy: null,
        },
      ],
    };
    const result = progressOverTime(withNote, [first]);
    expect(result.steps[1].notes.map((entry) => [entry.item.id, entry.note])).toEqual([
      [step2.items[0].id, 'Wil het na het weekend proberen'],
    ]);
    expect(result.steps[0].notes).toEqual([]);
  });

  it('flags a step reached in a contact this page does not know', () => {
    const result = progressOverTime(view([], { [step1.id]: 'gone' }), [first]);
    expect(result.steps[0]).toMatchObject({ reachedIn: null, reachedUnknown: true });
    expect(result.steps[1].reachedUnknown).toBe(false);
  });

  it('groups changes by contact, oldest contact first, keeping the last state per item', () => {
    const a = step1.items[0].id;
    const b = step2.items[0].id;
    const c = step4.items[0].id;
    const history = [
      change(a, 'discussed', 'c1', 1),
      change(b, 'discussed', 'c1', 2),
      change(a, 'done', 'c1', 3),
      change(c, 'discussed', 'c2', 4),
    ];
    const result = progressOverTime(
      view(history, {}),
      [second, first].sort((x, y) => x.at.localeCompare(y.at)),
    );
    expect(result.contacts.map((entry) => entry.contact.id)).toEqual(['c1', 'c2']);
    expect(result.contacts[0].changes.map((entry) => [entry.item.id, entry.state])).toEqual([
      [a, 'done'],
      [b, 'discussed'],
    ]);
    expect(result.contacts[1].changes.map((entry) => entry.step.number)).toEqual([4]);
  });

  it('leaves out changes outside a known contact and items the guide does not know', () => {
    const history = [change(step1.items[0].id, 'discussed', null, 1), change('step-9.unknown', 'discussed', 'c1', 2)];
    expect(progressOverTime(view(history, {}), [first]).contacts).toEqual([]);
  });
});

describe('contactsOf', () => {
  it('lists finished contacts and drafts in time order', () => {
    const contact = { id: 'c1', counsellor: anna } as never;
    const contacts = contactsOf({
      timeline: [
        { kind: 'contact', at: '2026-11-02T10:00:00Z', contact },
        { kind: 'case_created', at: '2026-11-01T09:00:00Z', by: anna },
      ],
      drafts: [{ id: 'd1', counsellor: anna, updatedAt: '2026-11-01T12:00:00Z' }],
    });
    expect(contacts.map((c) => [c.id, c.draft])).toEqual([
      ['d1', true],
      ['c1', false],
    ]);
  });
});
