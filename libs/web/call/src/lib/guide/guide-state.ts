import { computed, inject, Injectable, signal } from '@angular/core';
import type { GuideItemState, GuideProgressView } from '@leidraad/shared/domain';
import {
  conversationReported,
  CONVERSATION_ITEM_ID,
  guide,
  stepStatus,
  suggestNextStep,
  type GuideItem,
  type GuideStep,
  type ProgressMap,
  type StepStatus,
} from '@leidraad/shared/guide';
import { genericErrorKey, GuideApi, problemOf } from '@leidraad/web/core';

/**
 * The guide progress of one case while a contact runs: loaded once, marks applied at once
 * (optimistically) and put back when the server refuses them.
 */
@Injectable()
export class GuideState {
  private readonly api = inject(GuideApi);

  readonly loaded = signal<GuideProgressView | undefined>(undefined);
  readonly loadError = signal<string | undefined>(undefined);
  readonly saveError = signal<string | undefined>(undefined);
  private readonly states = signal<Record<string, GuideItemState>>({});
  /** The short note kept with an item, if any. */
  readonly notes = signal<Record<string, string>>({});

  readonly progress = computed<ProgressMap>(() => this.states());
  /** The caller reported having had the conversation: the follow-up is about steps 4–6. */
  readonly conversationTookPlace = computed(() => conversationReported(this.progress()));
  /** Where to continue, following every mark made in this contact. */
  readonly suggestedStepId = computed(() =>
    this.loaded() ? (suggestNextStep(this.progress(), { conversationTookPlace: this.conversationTookPlace() })?.id ?? null) : null,
  );

  async load(caseId: string): Promise<void> {
    this.loadError.set(undefined);
    try {
      const view = await this.api.progress(caseId);
      this.states.set(Object.fromEntries(view.items.map((item) => [item.itemId, item.state])));
      this.notes.set(Object.fromEntries(view.items.flatMap((item) => (item.note ? [[item.itemId, item.note]] : []))));
      this.loaded.set(view);
    } catch (error) {
      this.loadError.set(genericErrorKey(problemOf(error)));
    }
  }

  state(item: GuideItem): GuideItemState {
    const state = this.states()[item.id] ?? 'not_discussed';
    return state === 'done' && item.kind === 'guidance' ? 'discussed' : state;
  }

  status(step: GuideStep): StepStatus {
    return stepStatus(step, this.progress());
  }

  /** Marks one item in this contact; on failure the previous state comes back with an error. */
  async mark(caseId: string, contactId: string, item: GuideItem, state: GuideItemState): Promise<void> {
    if (state === 'done' && item.kind !== 'action') return;
    const previous = this.states()[item.id] ?? 'not_discussed';
    if (previous === state) return;
    this.saveError.set(undefined);
    this.states.update((current) => ({ ...current, [item.id]: state }));
    try {
      const saved = await this.api.setItem(caseId, item.id, { state, contactId });
      this.states.update((current) => ({ ...current, [item.id]: saved.state }));
    } catch {
      this.states.update((current) => ({ ...current, [item.id]: previous }));
      this.saveError.set('guide.errors.save');
    }
  }

  /**
   * Keeps a short note with an item (an empty note removes it). Writing a note means the item
   * was discussed, so an item not yet discussed becomes discussed. Refusals are thrown to the
   * caller, which shows identifiers at their place in the text.
   */
  async saveNote(caseId: string, contactId: string, item: GuideItem, note: string, confirm: string[]): Promise<void> {
    const current = this.state(item);
    const state: GuideItemState = current === 'not_discussed' ? 'discussed' : current;
    const saved = await this.api.setItem(caseId, item.id, { state, contactId, note: note.trim() || null }, confirm);
    this.states.update((states) => ({ ...states, [item.id]: saved.state }));
    this.notes.update((notes) => {
      const next = { ...notes };
      if (saved.note) next[item.id] = saved.note;
      else delete next[item.id];
      return next;
    });
  }

  /** The caller tells they had the conversation: step 2's "start the conversation" is done. */
  async reportConversation(caseId: string, contactId: string): Promise<void> {
    const item = guide.steps.flatMap((step) => step.items).find((candidate) => candidate.id === CONVERSATION_ITEM_ID);
    if (item) await this.mark(caseId, contactId, item, 'done');
  }

  readonly steps = guide.steps;
}
