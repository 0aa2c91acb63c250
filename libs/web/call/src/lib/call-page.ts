import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  CONTACT_SUMMARY_MAX,
  HUNG_UP_OUTCOME,
  REFERRALS,
  type CaseDetail,
  type CaseHeader,
  type ContactFields,
  type ContactView,
  type DraftVersion,
  type NoteMark,
  type Referral,
} from '@leidraad/shared/domain';
import { CasesApi, genericErrorKey, problemOf, SecureDraftStore, SessionClock } from '@leidraad/web/core';
import { CallTour, HelpKeys } from '@leidraad/web/help';
import { CaseCodePipe, CaseFacts, DateTimeInput, FreeTextField, LocalDatePipe, type TextSpan } from '@leidraad/web/ui';
import { CallExtras, type ExtraPanel } from './call-extras';
import { Autosave } from './autosave';
import { DraftConflictPanel } from './conflict/draft-conflict';
import { draftConflictOf, sameDraft } from './conflict/draft-merge';
import { HangUpConfirm } from './hang-up/hang-up-confirm';
import { formatElapsed } from './elapsed';
import { CallDone } from './finalise/call-done';
import { FINALISE_FIELD_IDS, problemsBeforeFinalise, problemsFromAnswer, type FinaliseProblem } from './finalise/finalise-problems';
import { GuidePanel } from './guide/guide-panel';
import { maskForRestore } from './restored-draft';
import { RiskSignal } from './risk-signal/risk-signal';

/** What the autosave keeps: the fields, and the counsellor's decisions about the note's findings. */
type DraftValue = ContactFields & { noteMarks?: NoteMark[] };

/** Alt+letter on the call screen: the panels below the note, and the outcome. */
const PANEL_KEYS: Readonly<Record<string, ExtraPanel>> = { KeyP: 'safetyPlan', KeyV: 'followUp', KeyL: 'peerGroup' };

/**
 * The call screen: who this caller is (case header), what happened before (timeline), and the
 * running contact, saved to the server while the counsellor types.
 */
@Component({
  selector: 'ld-call-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CaseCodePipe,
    CallDone,
    CaseFacts,
    CallExtras,
    CallTour,
    DateTimeInput,
    DraftConflictPanel,
    FreeTextField,
    GuidePanel,
    HangUpConfirm,
    LocalDatePipe,
    MatButtonModule,
    RiskSignal,
    RouterLink,
    TranslocoDirective,
  ],
  templateUrl: './call-page.html',
  styleUrl: './call-page.scss',
  host: { '(document:keydown)': 'onKey($event)' },
})
export class CallPage {
  readonly caseId = input.required<string>();
  readonly contactId = input.required<string>();

  private readonly api = inject(CasesApi);
  private readonly drafts = inject(SecureDraftStore);
  private readonly router = inject(Router);
  private readonly note = viewChild(FreeTextField);
  private readonly extras = viewChild(CallExtras);
  private readonly riskSignal = viewChild(RiskSignal);
  private readonly sessionClock = inject(SessionClock);
  private readonly help = inject(HelpKeys);
  private releaseKeepAlive: (() => void) | undefined;

  protected readonly channels = CONTACT_CHANNELS;
  protected readonly outcomes = CONTACT_OUTCOMES;
  protected readonly referralOptions = REFERRALS;
  protected readonly summaryMax = CONTACT_SUMMARY_MAX;

  protected readonly detail = signal<CaseDetail | undefined>(undefined);
  protected readonly loadError = signal<string | undefined>(undefined);
  protected readonly fields = signal<ContactFields>({
    channel: 'phone',
    startedAt: null,
    endedAt: null,
    summary: '',
    outcome: null,
    referrals: [],
  });
  protected readonly finalised = signal<ContactView | undefined>(undefined);
  /** Why the last Ctrl+Enter did not finalise: only what is wrong, each with the field to fix. */
  protected readonly finaliseProblems = signal<FinaliseProblem[]>([]);
  /** Panels with work that is not saved yet, while finalising asks what to do with it. */
  protected readonly unsavedPanels = signal<ExtraPanel[] | undefined>(undefined);
  /** `problem.errors` of the last refusal of the note (422 identifiers_found). */
  protected readonly serverFindings = signal<readonly unknown[]>([]);
  /** A draft came back from the browser's encrypted store: `refused` when identifiers in it were masked (shown at `restoredSpans`). */
  protected readonly restoredFrom = signal<'browser' | 'refused' | undefined>(undefined);
  protected readonly restoredSpans = signal<TextSpan[]>([]);
  /** The counsellor's confirmations and dismissals of findings in the note, saved with the draft. */
  private readonly noteMarks = signal<NoteMark[]>([]);
  protected readonly now = signal(new Date());
  protected readonly busy = signal(false);

  protected readonly elapsed = computed(() =>
    formatElapsed(this.fields().startedAt, this.fields().endedAt ? new Date(this.fields().endedAt as string) : this.now()),
  );
  protected readonly earlierContacts = computed(() =>
    (this.detail()?.timeline ?? []).flatMap((entry) =>
      entry.kind === 'contact' && entry.contact.status === 'final' && entry.contact.id !== this.contactId() ? [entry.contact] : [],
    ),
  );

  private revision = 0;
  /** The revision this tab last knew the server to have: each save says it started from there (issue 17). */
  private base = 0;
  /** This tab, so the server tells its own retries apart from another tab's saves. */
  private readonly writer = crypto.randomUUID();
  /** Another tab or person saved this draft meanwhile: both versions, until the counsellor chooses. */
  protected readonly conflict = signal<{ mine: ContactFields; theirs: DraftVersion } | undefined>(undefined);
  /** Alt+O was pressed: Enter finishes the contact as "Beller hing op". */
  protected readonly hangUpAsk = signal(false);
  /** Why the last autosave failed, so finalising can name the real cause. */
  private lastSaveError: unknown;
  private readonly autosaveRef = signal<Autosave<DraftValue> | undefined>(undefined);
  protected readonly saveState = computed(() => this.autosaveRef()?.state() ?? 'saved');
  protected readonly savedAt = computed(() => this.autosaveRef()?.savedAt());
  private get autosave(): Autosave<DraftValue> | undefined {
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
    inject(DestroyRef).onDestroy(() => this.releaseKeepAlive?.());
  }

  private async load(caseId: string, contactId: string): Promise<void> {
    try {
      const [detail, contact] = await Promise.all([this.api.detail(caseId), this.api.contact(caseId, contactId)]);
      this.detail.set(detail);
      this.revision = contact.revision;
      // Until the server has it, the draft is kept in the browser, encrypted for this session only.
      const storageKey = `draft.${contactId}`;
      this.base = contact.revision;
      const autosave = new Autosave<DraftValue>({
        storage: await this.drafts.storage(storageKey),
        storageKey,
        debounceMs: 1500,
        // Offline, server trouble or a stale revision go away by themselves; a refusal of the text does not.
        conflicted: (error) => draftConflictOf(problemOf(error)) !== undefined,
        retryable: (error) => {
          const status = problemOf(error).status;
          return status === 0 || status === 408 || status === 409 || status === 429 || status >= 500;
        },
        save: async (value) => {
          this.revision = Math.max(this.revision, this.base) + 1;
          try {
            const { noteMarks = [], ...fields } = value;
            const saved = await this.api.saveDraft(caseId, contactId, fields, this.revision, noteMarks, {
              baseRevision: this.base,
              writer: this.writer,
            });
            this.revision = saved.revision;
            this.base = saved.revision;
            this.serverFindings.set([]);
          } catch (error) {
            const problem = problemOf(error);
            if (problem.code === 'identifiers_found') this.serverFindings.set(problem.errors ?? []);
            const conflict = draftConflictOf(problem);
            if (conflict && sameDraft(conflict.current, value)) {
              // The server has exactly this already (this tab's own save, answered too late): nothing to choose.
              this.base = conflict.current.revision;
              return;
            }
            if (conflict) this.conflict.set({ mine: value, theirs: conflict.current });
            this.lastSaveError = error;
            throw error;
          }
        },
      });
      this.autosaveRef.set(autosave);
      if (contact.status === 'final') {
        this.finalised.set(contact);
        return;
      }
      // Listening to a caller is not idleness: the session stays alive while the contact is open.
      this.releaseKeepAlive ??= this.sessionClock.keepAlive();
      const recovered = await this.restore(autosave.recover());
      const { channel, startedAt, endedAt, summary, outcome, referrals } = contact;
      const { noteMarks: recoveredMarks, ...recoveredFields } = recovered ?? {};
      const fields: ContactFields = recovered
        ? { channel, startedAt, endedAt, summary: '', outcome, referrals, ...recoveredFields }
        : { channel, startedAt, endedAt, summary: summary ?? '', outcome, referrals };
      const marks = recovered ? (recoveredMarks ?? []) : contact.noteMarks;
      this.fields.set(fields);
      this.noteMarks.set(marks);
      if (recovered) autosave.change(this.draftValue());
      setTimeout(() => {
        this.note()?.restoreMarks(marks, fields.summary ?? '');
        this.note()?.focus();
      });
    } catch (error) {
      this.loadError.set(genericErrorKey(problemOf(error)));
    }
  }

  /** A draft the server did not have: back on screen, with the identifiers that got it refused masked and marked. */
  private async restore(recovered: DraftValue | undefined): Promise<DraftValue | undefined> {
    if (!recovered) return undefined;
    const detector = await import('@leidraad/shared/pseudonymisation');
    const note = maskForRestore(recovered.summary ?? '', detector);
    this.restoredSpans.set(note.masked);
    this.restoredFrom.set(note.masked.length > 0 ? 'refused' : 'browser');
    // Masking moves the text: marks made on the refused version no longer point at the same words.
    return note.masked.length > 0 ? { ...recovered, summary: note.text, noteMarks: [] } : { ...recovered, summary: note.text };
  }

  protected update(patch: Partial<ContactFields>): void {
    this.fields.update((current) => ({ ...current, ...patch }));
    this.autosave?.change(this.draftValue());
  }

  private draftValue(): DraftValue {
    return { ...this.fields(), noteMarks: this.noteMarks() };
  }

  /** The counsellor chose what stays: it is saved on top of the version they were shown. */
  protected resolveConflict(chosen: ContactFields): void {
    const shown = this.conflict();
    if (!shown) return;
    this.base = shown.theirs.revision;
    this.conflict.set(undefined);
    this.fields.set(chosen);
    this.autosave?.change(this.draftValue());
    setTimeout(() => this.note()?.focus());
  }

  /** Alt+O, then Enter: the caller hung up; only channel and times are needed. */
  protected async finaliseAsHungUp(): Promise<void> {
    this.hangUpAsk.set(false);
    this.update({ outcome: HUNG_UP_OUTCOME });
    await this.finalise();
  }

  protected cancelHangUp(): void {
    this.hangUpAsk.set(false);
    setTimeout(() => this.note()?.focus());
  }

  protected toggleReferral(referral: Referral, on: boolean): void {
    const current = this.fields().referrals.filter((r) => r !== referral);
    this.update({ referrals: on ? [...current, referral] : current });
  }

  /** A confirmation or dismissal changes what the server accepts, and is kept with the draft: save again. */
  protected onMarks(marks: NoteMark[]): void {
    this.noteMarks.set(marks);
    if (this.autosave && !this.finalised()) this.autosave.change(this.draftValue());
  }

  /**
   * Ctrl+Enter. Says first what is missing (only that, with the focus on the first field to fix),
   * asks before leaving unsaved work in a panel behind, and changes nothing unless it succeeds:
   * the end time is set by the server when the contact becomes final.
   */
  protected async finalise(force = false): Promise<void> {
    if (!this.autosave || this.busy()) return;
    this.unsavedPanels.set(undefined);
    const before = problemsBeforeFinalise(this.fields(), this.note()?.pending().length ?? 0);
    if (before.length > 0) {
      this.showProblems(before);
      return;
    }
    const unsaved = force ? [] : (this.extras()?.unsavedPanels() ?? []);
    if (unsaved.length > 0) {
      this.finaliseProblems.set([]);
      this.unsavedPanels.set(unsaved);
      setTimeout(() => document.getElementById('unsaved-panels-open')?.focus());
      return;
    }
    this.busy.set(true);
    this.finaliseProblems.set([]);
    try {
      await this.autosave.flush().catch(() => Promise.reject(this.lastSaveError ?? new Error('not saved')));
      const contact = await this.api.finalise(this.caseId(), this.contactId());
      this.autosave.dispose();
      this.releaseKeepAlive?.();
      this.finalised.set(contact);
    } catch (error) {
      this.showProblems(this.saveState() === 'conflict' ? [{ key: 'call.conflict.resolveFirst' }] : problemsFromAnswer(problemOf(error)));
    } finally {
      this.busy.set(false);
    }
  }

  /** Shows why finalising did not happen, and puts the focus on the first field to fix. */
  private showProblems(problems: FinaliseProblem[]): void {
    this.finaliseProblems.set(problems);
    const first = problems.find((p) => p.field);
    setTimeout(() =>
      first?.field ? this.focusField(FINALISE_FIELD_IDS[first.field]) : document.getElementById('finalise-problems')?.focus(),
    );
  }

  protected focusField(id: string): void {
    const element = document.getElementById(id);
    element?.scrollIntoView({ block: 'nearest' });
    element?.focus();
  }

  protected fieldIdOf(problem: FinaliseProblem): string | undefined {
    return problem.field ? FINALISE_FIELD_IDS[problem.field] : undefined;
  }

  /** Back to a panel with unsaved work (from the question finalising asked). */
  protected openPanel(panel: ExtraPanel): void {
    this.unsavedPanels.set(undefined);
    this.extras()?.open(panel);
  }

  protected onKey(event: KeyboardEvent): void {
    if (this.finalised()) return;
    if (event.ctrlKey && event.key === 'Enter') {
      event.preventDefault();
      void this.finalise();
    } else if (event.altKey && !event.ctrlKey && (event.key === 'o' || event.key === 'O' || event.code === 'KeyO')) {
      event.preventDefault();
      this.hangUpAsk.set(true);
    } else if (event.altKey && !event.ctrlKey && !event.metaKey && PANEL_KEYS[event.code]) {
      event.preventDefault();
      this.extras()?.open(PANEL_KEYS[event.code]);
    } else if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyU') {
      event.preventDefault();
      this.focusField('contact-outcome');
    } else if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyR') {
      event.preventDefault();
      this.riskSignal()?.open();
    } else if (event.altKey && (event.key === 'm' || event.key === 'M' || event.code === 'KeyM') && !event.defaultPrevented) {
      // Anywhere on the page (the note field handles it itself when it has focus).
      event.preventDefault();
      this.note()?.maskDirect();
    }
  }

  protected readonly activeFlags = computed(() => (this.detail()?.riskFlags ?? []).map((flag) => flag.flag));

  /** A risk signal set from the call screen: the header shows it at once. */
  protected onFlagged(header: CaseHeader): void {
    this.detail.update((detail) => (detail ? { ...detail, ...header } : detail));
  }

  /** "het veiligheidsplan en de vervolgafspraak": the panels' names in a sentence. */
  protected panelNames(panels: readonly ExtraPanel[], t: (key: string) => string): string {
    const names = panels.map((panel) => t(`call.finalise.unsaved.panels.${panel}`));
    return names.length > 1
      ? `${names.slice(0, -1).join(', ')} ${t('call.finalise.unsaved.and')} ${names[names.length - 1]}`
      : (names[0] ?? '');
  }

  protected openShortcuts(): void {
    void this.help.openShortcuts();
  }

  protected async done(): Promise<void> {
    await this.router.navigate(['/vandaag']);
  }
}
