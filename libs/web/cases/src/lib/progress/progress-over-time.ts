import type { CaseDetail, GuideItemState, GuideProgressView, GuideStepStatus, StaffRef } from '@leidraad/shared/domain';
import { guide as currentGuide, stepOfItem, type Guide, type GuideItem, type GuideStep } from '@leidraad/shared/guide';

/** A contact of the case, as far as the progress view needs it. */
export interface ContactRef {
  id: string;
  /** When it started (a draft: when it was last saved). */
  at: string;
  counsellor: StaffRef;
  draft: boolean;
}

export interface StepOverTime {
  step: GuideStep;
  status: GuideStepStatus;
  /** The contact in which the step was first worked on; null when never, or the contact is gone. */
  reachedIn: ContactRef | null;
  /** Worked on, but the contact is not (or no longer) known to this page. */
  reachedUnknown: boolean;
  /** The short notes kept with the step's items, in the guide's order. */
  notes: { item: GuideItem; note: string }[];
}

export interface ItemChange {
  item: GuideItem;
  step: GuideStep;
  state: GuideItemState;
}

/** What changed in one contact: the last state each item got in it. */
export interface ContactProgress {
  contact: ContactRef;
  changes: ItemChange[];
}

export interface ProgressOverTime {
  steps: StepOverTime[];
  /** Oldest contact first; only contacts in which something changed. */
  contacts: ContactProgress[];
}

/** Every contact of a case: the finished ones from the timeline, and open drafts. */
export function contactsOf(detail: Pick<CaseDetail, 'timeline' | 'drafts'>): ContactRef[] {
  const finished = detail.timeline.flatMap((entry) =>
    entry.kind === 'contact' ? [{ id: entry.contact.id, at: entry.at, counsellor: entry.contact.counsellor, draft: false }] : [],
  );
  const drafts = detail.drafts.map((draft) => ({ id: draft.id, at: draft.updatedAt, counsellor: draft.counsellor, draft: true }));
  return [...finished, ...drafts].sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * Progress over time: per step the contact in which it was reached, and per contact what moved.
 * Changes to items this guide version does not know are left out; so are changes outside a contact.
 */
export function progressOverTime(view: GuideProgressView, contacts: readonly ContactRef[], guide: Guide = currentGuide): ProgressOverTime {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const reached = new Map(view.steps.map((step) => [step.stepId, step]));
  const notes = new Map(view.items.flatMap((item) => (item.note ? [[item.itemId, item.note] as const] : [])));
  const steps = guide.steps.map((step) => {
    const stored = reached.get(step.id);
    const contactId = stored?.reachedInContactId ?? null;
    const reachedIn = contactId ? (byId.get(contactId) ?? null) : null;
    return {
      step,
      status: stored?.status ?? 'not_started',
      reachedIn,
      reachedUnknown: contactId !== null && reachedIn === null,
      notes: step.items.flatMap((item) => (notes.has(item.id) ? [{ item, note: notes.get(item.id) as string }] : [])),
    };
  });

  const perContact = new Map<string, Map<string, ItemChange>>();
  for (const change of view.history) {
    const contact = change.contactId ? byId.get(change.contactId) : undefined;
    const step = stepOfItem(change.itemId, guide);
    const item = step?.items.find((candidate) => candidate.id === change.itemId);
    if (!contact || !step || !item) continue;
    const changes = perContact.get(contact.id) ?? new Map<string, ItemChange>();
    changes.delete(item.id);
    changes.set(item.id, { item, step, state: change.toState });
    perContact.set(contact.id, changes);
  }
  const ordered = contacts.flatMap((contact) => {
    const changes = perContact.get(contact.id);
    return changes ? [{ contact, changes: [...changes.values()].sort((a, b) => a.step.number - b.step.number) }] : [];
  });
  return { steps, contacts: ordered };
}
