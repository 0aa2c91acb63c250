import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  type ElementRef,
  forwardRef,
  inject,
  Injector,
  input,
  model,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { Finding, PiiCategory } from '@leidraad/shared/pseudonymisation';
import {
  carryConfirmations,
  addConfirmation,
  addDismissal,
  confirmationTokens,
  diffText,
  fromMarks,
  isConfirmed,
  liveConfirmations,
  maskEdits,
  mergeFindings,
  segmentText,
  serverFindingsFor,
  shiftSpansOver,
  removeConfirmation,
  toMarks,
  type Confirmation,
  type FieldFinding,
  type FindingMark,
  type TextEdit,
  type TextSpan,
} from './free-text-field.state';
import { lengthAfterEdit, showsCounter, TextLimit } from './text-limit';

/** The detector library; loaded when the first field appears, so its word lists stay out of the first download. */
type Detector = typeof import('@leidraad/shared/pseudonymisation');

/** Quiet time after the last keystroke before the text is scanned again. */
export const FREE_TEXT_SCAN_DEBOUNCE_MS = 250;

/**
 * A free-text field that watches for identifiers (pseudonymisation rule 2) while the
 * counsellor types: findings are highlighted in the text and listed under it with an
 * explanation; Alt+M (focus in the field) or the button masks every direct identifier;
 * a quasi-identifier can be confirmed ("not identifying here") or masked.
 *
 * Usage, with Reactive Forms:
 *
 *   <ld-free-text formControlName="reason" inputId="close-reason" field="statusReason"
 *     [label]="t('case.close.reason')" [maxlength]="500" [rows]="3"
 *     [serverFindings]="reasonRefusal()" (confirmationsChange)="reasonConfirmed.set($event)" />
 *
 * or with signals: `[value]="note()" (valueChange)="note.set($event)"`.
 *
 * - `field` is the name of the property in the request body (`summary`, `contact.summary`,
 *   `reason`…); it prefixes the confirmation tokens.
 * - `(confirmationsChange)` gives the `field:start-end` tokens of the confirmed quasi-identifiers;
 *   send them with the request, e.g. `CasesApi.setRiskFlag(…, confirm)` puts them in the
 *   `X-Confirm-Quasi-Identifiers` header. A confirmation is void once its text changes.
 * - `[serverFindings]` takes `problem.errors` of a `422 identifiers_found` answer; entries of
 *   other fields are ignored.
 */
@Component({
  selector: 'ld-free-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TextLimit, TranslocoDirective],
  templateUrl: './free-text-field.html',
  styleUrl: './free-text-field.scss',
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => FreeTextField), multi: true }],
})
export class FreeTextField implements ControlValueAccessor {
  /** The id of the textarea or input itself (a label elsewhere can point at it). */
  readonly inputId = input.required<string>();
  /** The property in the request body; defaults to `inputId`. */
  readonly field = input<string>();
  /** Visible label, already translated; leave it out when the page has its own `<label for>`. */
  readonly label = input<string>();
  /** The most characters the field takes. Longer text (a paste, say) is refused whole with a message — never cut; a counter shows near it. */
  readonly maxlength = input<number>();
  readonly rows = input(4);
  /** One line (`<input>`) instead of a textarea. */
  readonly singleLine = input(false);
  /** Ids of further elements that describe the field (hints, errors). */
  readonly describedby = input<string>();
  /** `problem.errors` of the API's `422 identifiers_found`. */
  readonly serverFindings = input<readonly unknown[] | undefined>([]);
  /** Spans to mark as "was refused here" (placeholders of a restored, masked draft); they move with edits. */
  readonly restoredSpans = input<readonly TextSpan[]>([]);
  /**
   * Offer "Geen persoonsgegeven" (Alt+K) for what the detector is unsure about; only where the
   * API keeps and audits the decision (the contact note, through `(marksChange)`).
   */
  readonly dismissible = input(false);

  readonly value = model('');
  /** The `field:start-end` tokens of the confirmed quasi-identifiers, whenever they change. */
  readonly confirmationsChange = output<string[]>();
  /** The confirmations and dismissals as spans, to keep with a draft, whenever they change. */
  readonly marksChange = output<FindingMark[]>();

  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);
  private readonly control = viewChild<ElementRef<HTMLTextAreaElement | HTMLInputElement>>('control');
  private readonly backdrop = viewChild<ElementRef<HTMLElement>>('backdrop');
  protected readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });

  private readonly detector = signal<Detector | undefined>(undefined);
  protected readonly text = signal('');
  protected readonly disabled = signal(false);
  private readonly scanned = signal<Finding[]>([]);
  private readonly fromServer = signal<FieldFinding[]>([]);
  private readonly confirmations = signal<Confirmation[]>([]);
  private readonly restored = signal<TextSpan[]>([]);

  protected readonly fieldName = computed(() => this.field() ?? this.inputId());
  protected readonly findingsId = computed(() => `${this.inputId()}-findings`);
  protected readonly counterId = computed(() => `${this.inputId()}-limit`);
  /** The length an edit over the limit would have made (it was refused), until the next edit that fits. */
  protected readonly refusedLength = signal<number | undefined>(undefined);
  private readonly counterShown = computed(() => {
    const max = this.maxlength();
    return max !== undefined && showsCounter(this.text().length, max, this.refusedLength() !== undefined);
  });
  protected readonly describedBy = computed(() =>
    [this.findingsId(), this.counterShown() ? this.counterId() : undefined, this.describedby()].filter(Boolean).join(' '),
  );
  protected readonly findings = computed(() => mergeFindings(this.scanned(), this.fromServer()));
  /** What still stands in the way of saving: direct identifiers and unconfirmed quasi-identifiers. */
  readonly pending = computed(() => this.findings().filter((f) => !isConfirmed(f, this.confirmations())));
  protected readonly direct = computed(() => this.findings().filter((f) => f.level === 'direct'));
  protected readonly confirmed = computed(() => this.findings().filter((f) => isConfirmed(f, this.confirmations())));
  protected readonly segments = computed(() => segmentText(this.text(), this.findings(), this.confirmations(), this.restored()));
  protected readonly dismissed = computed(() => this.confirmed().filter((f) => this.isDismissed(f)));
  protected readonly kept = computed(() => this.confirmed().filter((f) => !this.isDismissed(f)));
  /** What the field shows under the text: the kept confirmations, then the dismissed ones, each undoable. */
  protected readonly confirmedGroups = computed(() => [
    { findings: this.kept(), titleKey: 'freeText.confirmedTitle', undoKey: 'freeText.undoConfirm', testId: null },
    { findings: this.dismissed(), titleKey: 'freeText.dismissedTitle', undoKey: 'freeText.undoDismiss', testId: 'findings-dismissed' },
  ]);
  /** The confirmation tokens for the API (see the header format above). */
  readonly confirmationTokens = computed(() => confirmationTokens(this.fieldName(), this.confirmations()));

  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingMarks: { marks: readonly FindingMark[]; text: string } | undefined;
  private onChange: (value: string) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  constructor() {
    const destroyRef = inject(DestroyRef);
    destroyRef.onDestroy(() => clearTimeout(this.timer));
    void import('@leidraad/shared/pseudonymisation').then((detector) => {
      if (destroyRef.destroyed) return;
      this.detector.set(detector);
      this.rescan();
    });
    // A value bound from outside (or written by a form) replaces the text and is scanned at once.
    effect(() => {
      const value = this.value() ?? '';
      untracked(() => {
        if (value !== this.text()) this.setText(value, undefined, 'now');
      });
    });
    effect(() => {
      const errors = this.serverFindings();
      const field = this.fieldName();
      const detector = this.detector();
      untracked(() => this.fromServer.set(detector ? serverFindingsFor(field, errors, this.text(), detector.CATEGORY_INFO) : []));
    });
    effect(() => {
      const spans = this.restoredSpans();
      untracked(() => this.restored.set([...spans]));
    });
    let last: string | undefined;
    effect(() => {
      const tokens = this.confirmationTokens();
      const joined = tokens.join(',');
      if (last === undefined && joined === '') {
        last = joined;
        return;
      }
      if (joined !== last) {
        last = joined;
        this.confirmationsChange.emit(tokens);
      }
    });
    let lastMarks: string | undefined;
    effect(() => {
      const marks = toMarks(this.confirmations());
      const joined = JSON.stringify(marks);
      if (lastMarks === undefined && marks.length === 0) {
        lastMarks = joined;
        return;
      }
      if (joined !== lastMarks) {
        lastMarks = joined;
        this.marksChange.emit(marks);
      }
    });
  }

  writeValue(value: string | null | undefined): void {
    this.value.set(value ?? '');
  }

  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  focus(): void {
    this.control()?.nativeElement.focus();
  }

  /**
   * Brings back confirmations and dismissals kept with a draft, for the text they were made in:
   * at once when the field shows that text, else as soon as it does.
   */
  restoreMarks(marks: readonly FindingMark[], text: string): void {
    if (this.text() === text) this.confirmations.set(fromMarks(marks, text));
    else this.pendingMarks = { marks, text };
  }

  /** Replaces every direct identifier by its placeholder (`[TELEFOON]`, `[NAAM]`…). */
  maskDirect(): void {
    // Keys pressed faster than the debounce: scan what is there now first.
    if (this.timer !== undefined) this.rescan();
    const direct = this.direct();
    const detector = this.detector();
    if (direct.length === 0 || !detector) return;
    const token = this.maskToken(detector);
    this.commit(detector.mask(this.text(), direct, token), maskEdits(direct, detector.CATEGORY_INFO, token));
  }

  protected maskFinding(finding: FieldFinding): void {
    const detector = this.detector();
    if (!detector) return;
    const token = this.maskToken(detector);
    this.commit(detector.maskOne(this.text(), finding, token), maskEdits([finding], detector.CATEGORY_INFO, token));
  }

  protected confirmFinding(finding: FieldFinding): void {
    this.confirmations.update((list) => addConfirmation(list, finding, this.text()));
  }

  /** "Geen persoonsgegeven": only for what the detector is unsure about (never a phone number, e-mail…). */
  protected dismissFinding(finding: FieldFinding): void {
    if (this.canDismiss(finding)) this.confirmations.update((list) => addDismissal(list, finding, this.text()));
  }

  protected canDismiss(finding: Finding): boolean {
    return this.dismissible() && (this.detector()?.isDismissible(finding) ?? false);
  }

  protected isDismissed(finding: Finding): boolean {
    return this.confirmations().some((c) => c.dismissed && c.start === finding.start && c.end === finding.end);
  }

  /** Alt+K: the dismissible finding at the caret, else the first one still open. */
  private dismissAtCaret(): void {
    if (this.timer !== undefined) this.rescan();
    const caret = this.control()?.nativeElement.selectionStart ?? -1;
    const open = this.pending().filter((f) => this.canDismiss(f));
    const target = open.find((f) => f.start <= caret && caret <= f.end) ?? open[0];
    if (target) this.dismissFinding(target);
  }

  protected undoConfirmation(finding: FieldFinding): void {
    this.confirmations.update((list) => removeConfirmation(list, finding));
  }

  /** An edit that would take the text over the limit is refused before it happens (pasting included). */
  protected onBeforeInput(event: InputEvent): void {
    const max = this.maxlength();
    if (max === undefined || event.inputType.startsWith('delete') || event.inputType.startsWith('history')) return;
    const control = event.target as HTMLTextAreaElement | HTMLInputElement;
    const incoming =
      event.data ??
      event.dataTransfer?.getData('text/plain') ??
      (event.inputType === 'insertLineBreak' || event.inputType === 'insertParagraph' ? '\n' : '');
    const after = lengthAfterEdit(
      control.value,
      control.selectionStart ?? control.value.length,
      control.selectionEnd ?? control.value.length,
      incoming,
    );
    if (after > max && after > control.value.length) {
      event.preventDefault();
      this.refusedLength.set(after);
    }
  }

  protected onInput(event: Event): void {
    const control = event.target as HTMLTextAreaElement | HTMLInputElement;
    const next = control.value;
    const max = this.maxlength();
    if (max !== undefined && next.length > max && next.length > this.text().length) {
      // An edit the browser did not announce (e.g. autocorrect): put the text back as it was.
      control.value = this.text();
      this.refusedLength.set(next.length);
      return;
    }
    if (this.refusedLength() !== undefined) this.refusedLength.set(undefined);
    this.setText(next, undefined, 'debounced');
    this.value.set(next);
    this.onChange(next);
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 'm' || event.key === 'M' || event.code === 'KeyM')) {
      // Handled here; a page that also listens for Alt+M sees defaultPrevented and leaves it.
      event.preventDefault();
      this.maskDirect();
    } else if (
      this.dismissible() &&
      event.altKey &&
      !event.ctrlKey &&
      !event.metaKey &&
      (event.key === 'k' || event.key === 'K' || event.code === 'KeyK')
    ) {
      event.preventDefault();
      this.dismissAtCaret();
    }
  }

  protected onBlur(): void {
    this.onTouched();
  }

  protected syncScroll(): void {
    const control = this.control()?.nativeElement;
    const backdrop = this.backdrop()?.nativeElement;
    if (!control || !backdrop) return;
    backdrop.scrollTop = control.scrollTop;
    backdrop.scrollLeft = control.scrollLeft;
  }

  protected labelOf(finding: Finding): string {
    return this.detector()?.CATEGORY_INFO[finding.category].label[this.language() === 'en' ? 'en' : 'nl'] ?? finding.category;
  }

  protected explanationOf(finding: Finding): string {
    return this.detector()?.CATEGORY_INFO[finding.category].explanation[this.language() === 'en' ? 'en' : 'nl'] ?? '';
  }

  protected tokenOf(finding: Finding): string {
    const detector = this.detector();
    return detector ? this.maskToken(detector)(finding.category) : '';
  }

  /** Placeholders in the counsellor's language: `[TELEFOON]` in Dutch, `[PHONE]` in English. */
  private maskToken(detector: Detector): (category: PiiCategory) => string {
    return this.language() === 'en'
      ? (category) => detector.ENGLISH_MASK_TOKENS[category]
      : (category) => detector.CATEGORY_INFO[category].token;
  }

  protected trackFinding(finding: FieldFinding): string {
    return `${finding.start}-${finding.end}-${finding.category}`;
  }

  /**
   * A change made by the field itself (masking). The control shows it through its `[value]`
   * binding, in the same rendering as the findings, so the two never disagree on screen.
   */
  private commit(next: string, edits: TextEdit[]): void {
    const control = this.control()?.nativeElement;
    const caret = control?.selectionStart ?? next.length;
    const scrollTop = control?.scrollTop ?? 0;
    this.setText(next, edits, 'now');
    this.value.set(next);
    this.onChange(next);
    // A new value puts the caret at the end and can scroll the control: keep the caret where it
    // was (moved over the edits) and the highlight layer scrolled exactly like the text.
    const moved = shiftSpansOver([{ start: caret, end: caret }], edits)[0]?.start ?? next.length;
    afterNextRender(
      () => {
        const element = this.control()?.nativeElement;
        if (!element) return;
        element.setSelectionRange(moved, moved);
        element.scrollTop = scrollTop;
        this.syncScroll();
      },
      { injector: this.injector },
    );
  }

  private setText(next: string, edits: TextEdit[] | undefined, when: 'now' | 'debounced'): void {
    const before = this.text();
    const diff = diffText(before, next);
    const changes = edits ?? (diff ? [diff] : []);
    this.text.set(next);
    // Until the next scan, what was found moves with the text; what was typed over is gone.
    this.scanned.update((list) => shiftSpansOver(list, changes));
    this.fromServer.update((list) => shiftSpansOver(list, changes));
    this.restored.update((list) => shiftSpansOver(list, changes));
    this.confirmations.update((list) => carryConfirmations(list, changes, next));
    if (this.pendingMarks?.text === next) {
      this.confirmations.set(fromMarks(this.pendingMarks.marks, next));
      this.pendingMarks = undefined;
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    if (when === 'now') this.rescan();
    else this.timer = setTimeout(() => this.rescan(), FREE_TEXT_SCAN_DEBOUNCE_MS);
  }

  private rescan(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const detector = this.detector();
    if (!detector) return;
    this.scanned.set(detector.scan(this.text()));
    const all = mergeFindings(this.scanned(), this.fromServer());
    this.confirmations.update((list) => liveConfirmations(list, all));
  }
}
