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

  /** The caller tells they had the conversation: step 2's "start the conversation" is done. */
  async reportConversation(caseId: string, contactId: string): Promise<void> {
    const item = guide.steps.flatMap((step) => step.items).find((candidate) => candidate.id === CONVERSATION_ITEM_ID);
    if (item) await this.mark(caseId, contactId, item, 'done');
  }

  readonly steps = guide.steps;
}
