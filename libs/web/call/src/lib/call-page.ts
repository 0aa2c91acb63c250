import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  CONTACT_SUMMARY_MAX,
  REFERRALS,
  type CaseDetail,
  type ContactFields,
  type ContactView,
  type Referral,
} from '@leidraad/shared/domain';
import { CasesApi, genericErrorKey, problemOf } from '@leidraad/web/core';
import { CallTour } from '@leidraad/web/help';
import { FreeTextField, LocalDatePipe } from '@leidraad/web/ui';
import { CallExtras } from './call-extras';
import { Autosave } from './autosave';
import { formatElapsed } from './elapsed';
import { GuidePanel } from './guide/guide-panel';

/**
 * The call screen: who this caller is (case header), what happened before (timeline), and the
 * running contact, saved to the server while the counsellor types.
 */
@Component({
  selector: 'ld-call-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CallExtras, CallTour, FreeTextField, GuidePanel, LocalDatePipe, MatButtonModule, RouterLink, TranslocoDirective],
  templateUrl: './call-page.html',
  styleUrl: './call-page.scss',
  host: { '(document:keydown)': 'onKey($event)' },
})
export class CallPage {
  readonly caseId = input.required<string>();
  readonly contactId = input.required<string>();

  private readonly api = inject(CasesApi);
  private readonly router = inject(Router);
  private readonly note = viewChild(FreeTextField);

  protected readonly channels = CONTACT_CHANNELS;
  protected readonly outcomes = CONTACT_OUTCOMES;
  protected readonly referralOptions = REFERRALS;
  protected readonly summaryMax = CONTACT_SUMMARY_MAX;

  protected readonly detail = signal<CaseDetail | undefined>(undefined);
  protected readonly loadError = signal<string | undefined>(undefined);
  protected readonly fields = signal<ContactFields>({ channel: 'phone', startedAt: null, endedAt: null, summary: '', outcome: null, referrals: [] });
  protected readonly finalised = signal<ContactView | undefined>(undefined);
  protected readonly finaliseError = signal<string | undefined>(undefined);
  /** `problem.errors` of the last refusal of the note (422 identifiers_found). */
  protected readonly serverFindings = signal<readonly unknown[]>([]);
  /** `summary:start-end` tokens of the quasi-identifiers the counsellor confirmed in the note. */
  private readonly confirmedQuasi = signal<string[]>([]);
  protected readonly now = signal(new Date());
  protected readonly busy = signal(false);

  protected readonly elapsed = computed(() => formatElapsed(this.fields().startedAt, this.fields().endedAt ? new Date(this.fields().endedAt as string) : this.now()));
  protected readonly earlierContacts = computed(() =>
    (this.detail()?.timeline ?? []).flatMap((entry) =>
      entry.kind === 'contact' && entry.contact.status === 'final' && entry.contact.id !== this.contactId() ? [entry.contact] : [],
    ),
  );

  private revision = 0;
  private readonly autosaveRef = signal<Autosave<ContactFields> | undefined>(undefined);
  protected readonly saveState = computed(() => this.autosaveRef()?.state() ?? 'saved');
  protected readonly savedAt = computed(() => this.autosaveRef()?.savedAt());
  private get autosave(): Autosave<ContactFields> | undefined {
    return this.autosaveRef();
  }

  constructor() {
    const clock = setInterval(() => this.now.set(new Date()), 1000);
    inject(DestroyRef).onDestroy(() => clearInterval(clock));
    effect(() => void this.load(this.caseId(), this.contactId()));
    // Leaving with unsaved words: the browser asks first.
    const guard = (event: BeforeUnloadEvent) => {
      if (this.autosave?.unsaved()) event.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    inject(DestroyRef).onDestroy(() => window.removeEventListener('beforeunload', guard));
  }

  private async load(caseId: string, contactId: string): Promise<void> {
    try {
      const [detail, contact] = await Promise.all([this.api.detail(caseId), this.api.contact(caseId, contactId)]);
      this.detail.set(detail);
      this.revision = contact.revision;
      const autosave = new Autosave<ContactFields>({
        storage: localStorage,
        storageKey: `leidraad.draft.${contactId}`,
        debounceMs: 1500,
        // Offline, server trouble or a stale revision go away by themselves; a refusal of the text does not.
        retryable: (error) => {
          const status = problemOf(error).status;
          return status === 0 || status === 408 || status === 409 || status === 429 || status >= 500;
        },
        save: async (value) => {
          this.revision += 1;
          try {
            const saved = await this.api.saveDraft(caseId, contactId, value, this.revision, this.confirmedQuasi());
            this.revision = saved.revision;
            this.serverFindings.set([]);
          } catch (error) {
            const problem = problemOf(error);
            if (problem.code === 'identifiers_found') this.serverFindings.set(problem.errors ?? []);
            throw error;
          }
        },
      });
      this.autosaveRef.set(autosave);
      if (contact.status === 'final') {
        this.finalised.set(contact);
        return;
      }
      const recovered = autosave.recover();
      const { channel, startedAt, endedAt, summary, outcome, referrals } = contact;
      this.fields.set(recovered ?? { channel, startedAt, endedAt, summary: summary ?? '', outcome, referrals });
      if (recovered) autosave.change(recovered);
      setTimeout(() => this.note()?.focus());
    } catch (error) {
      this.loadError.set(genericErrorKey(problemOf(error)));
    }
  }

  protected update(patch: Partial<ContactFields>): void {
    this.fields.update((current) => ({ ...current, ...patch }));
    this.autosave?.change(this.fields());
  }

  protected toggleReferral(referral: Referral, on: boolean): void {
    const current = this.fields().referrals.filter((r) => r !== referral);
    this.update({ referrals: on ? [...current, referral] : current });
  }

  /** A confirmation changes what the server accepts: save again with it. */
  protected onConfirmations(tokens: string[]): void {
    this.confirmedQuasi.set(tokens);
    if (this.autosave && !this.finalised()) this.autosave.change(this.fields());
  }

  protected async finalise(): Promise<void> {
    if (!this.autosave || this.busy()) return;
    this.busy.set(true);
    this.finaliseError.set(undefined);
    try {
      if (!this.fields().endedAt) this.update({ endedAt: new Date().toISOString() });
      await this.autosave.flush();
      const contact = await this.api.finalise(this.caseId(), this.contactId());
      this.autosave.dispose();
      this.finalised.set(contact);
    } catch (error) {
      const problem = problemOf(error);
      this.finaliseError.set(
        problem.status === 409 ? 'call.finalise.errors.taken' : problem.status === 400 || problem.status === 422 ? 'call.finalise.errors.incomplete' : problem.status === 0 ? 'call.finalise.errors.unsaved' : genericErrorKey(problem),
      );
    } finally {
      this.busy.set(false);
    }
  }

  protected onKey(event: KeyboardEvent): void {
    if (this.finalised()) return;
    if (event.ctrlKey && event.key === 'Enter') {
      event.preventDefault();
      void this.finalise();
    } else if (event.altKey && (event.key === 'm' || event.key === 'M' || event.code === 'KeyM') && !event.defaultPrevented) {
      // Anywhere on the page (the note field handles it itself when it has focus).
      event.preventDefault();
      this.note()?.maskDirect();
    }
  }

  protected toLocalInput(iso: string | null): string {
    if (!iso) return '';
    const date = new Date(iso);
    const offset = date.getTimezoneOffset() * 60_000;
    return new Date(date.getTime() - offset).toISOString().slice(0, 16);
  }

  protected fromLocalInput(value: string): string | null {
    return value ? new Date(value).toISOString() : null;
  }

  protected async done(): Promise<void> {
    await this.router.navigate(['/vandaag']);
  }
}
