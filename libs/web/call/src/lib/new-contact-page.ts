import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  signal,
  viewChild,
  viewChildren,
  type AfterViewInit,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { parseCaseCodeIn } from '@leidraad/shared/case-code';
import {
  ACCESS_REASON_CATEGORIES,
  ACCESS_REASON_NOTE_MAX,
  CALLER_ROLES,
  CASE_CONCERNS,
  CODE_WORD_MAX,
  CONTACT_CHANNELS,
  type AccessReason,
  type AccessReasonCategory,
  isLongEnoughCodeWord,
  type CallerRole,
  type CaseConcern,
  type CaseHeader,
  type ContactChannel,
} from '@leidraad/shared/domain';
import { AuthService, CasesApi, CurrentHelpline, genericErrorKey, problemOf } from '@leidraad/web/core';
import { CaseCodePipe, FreeTextField } from '@leidraad/web/ui';

/**
 * "Nieuw contact": open a returning caller's case by the code they read out (the field has
 * focus), or start a new case. Either way a draft contact starts and the call screen opens.
 */
@Component({
  selector: 'ld-new-contact-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CaseCodePipe, FreeTextField, ReactiveFormsModule, MatButtonModule, TranslocoDirective],
  templateUrl: './new-contact-page.html',
  styleUrl: './new-contact-page.scss',
})
export class NewContactPage implements AfterViewInit {
  private readonly api = inject(CasesApi);
  private readonly auth = inject(AuthService);
  private readonly helpline = inject(CurrentHelpline);
  private readonly router = inject(Router);
  private readonly codeInput = viewChild.required<ElementRef<HTMLInputElement>>('codeInput');
  private readonly reasonOptions = viewChildren<ElementRef<HTMLInputElement>>('reasonOption');
  private readonly reasonNoteInput = viewChild<ElementRef<HTMLInputElement>>('reasonNote');
  private readonly lookupInput = viewChild<ElementRef<HTMLInputElement>>('lookupInput');

  protected readonly roles = CALLER_ROLES;
  protected readonly concerns = CASE_CONCERNS;
  protected readonly channels = CONTACT_CHANNELS;
  protected readonly reasonCategories = ACCESS_REASON_CATEGORIES;
  protected readonly reasonNoteMax = ACCESS_REASON_NOTE_MAX;
  protected readonly codeWordMax = CODE_WORD_MAX;
  /** The code word is checked for identifiers like any free text: the API's refusal, and the confirmed quasi-identifiers. */
  protected readonly codeWordRefusal = signal<readonly unknown[]>([]);
  protected readonly codeWordConfirmed = signal<string[]>([]);

  protected readonly channel = new FormControl<ContactChannel>('phone', { nonNullable: true });
  protected readonly codeForm = new FormGroup({
    code: new FormControl('', { nonNullable: true }),
    reasonCategory: new FormControl<AccessReasonCategory | ''>('', { nonNullable: true }),
    reasonNote: new FormControl('', { nonNullable: true }),
  });
  private get code(): FormControl<string> {
    return this.codeForm.controls.code;
  }
  protected readonly newCase = new FormGroup({
    callerRole: new FormControl<CallerRole | ''>('', { nonNullable: true, validators: [Validators.required] }),
    concern: new FormControl<CaseConcern | ''>('', { nonNullable: true, validators: [Validators.required] }),
    codeWord: new FormControl('', { nonNullable: true }),
  });

  /** "Code kwijt?": code word + caller role give at most a few case codes to pick from. */
  protected readonly lookup = new FormGroup({
    codeWord: new FormControl('', { nonNullable: true }),
    callerRole: new FormControl<CallerRole | ''>('', { nonNullable: true }),
  });
  protected readonly lookupOpen = signal(false);
  protected readonly lookupError = signal<string | undefined>(undefined);
  protected readonly matches = signal<string[] | undefined>(undefined);

  protected readonly codeError = signal<string | undefined>(undefined);
  protected readonly newError = signal<string | undefined>(undefined);
  protected readonly reasonNeeded = signal(false);
  protected readonly busy = signal(false);

  ngAfterViewInit(): void {
    this.codeInput().nativeElement.focus();
  }

  protected async openByCode(): Promise<void> {
    const parsed = parseCaseCodeIn(this.code.value, this.helpline.caseCodePrefix());
    if (!parsed.ok && parsed.reason !== 'prefix') {
      this.codeError.set(`call.code.errors.${parsed.reason}`);
      return;
    }
    // A code with another prefix goes as typed: the API answers it as it answers an unknown code.
    const code = parsed.ok ? parsed.code : this.code.value;
    const reason = this.reasonNeeded() ? this.accessReason() : undefined;
    if (this.reasonNeeded() && !reason) return;
    this.busy.set(true);
    this.codeError.set(undefined);
    try {
      const header = await this.api.openByCode(code, reason);
      await this.startContact(header);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 403 && problem['reasonRequired']) {
        this.reasonNeeded.set(true);
        this.codeError.set('call.code.errors.reasonRequired');
        setTimeout(() => this.focusReason());
      } else if (problem.status === 422) {
        this.codeError.set('call.code.errors.reasonIdentifiers');
        this.reasonNoteInput()?.nativeElement.focus();
      } else if (problem.status === 404) {
        this.codeError.set('call.code.errors.unknown');
      } else if (problem.status === 400) {
        this.codeError.set('call.code.errors.checksum');
      } else {
        this.codeError.set(genericErrorKey(problem));
      }
    } finally {
      this.busy.set(false);
    }
  }

  /** The chosen reason category's radio button, else the first: arrow keys move between them. */
  private focusReason(): void {
    const options = this.reasonOptions();
    (options.find((option) => option.nativeElement.checked) ?? options[0])?.nativeElement.focus();
  }

  /** The chosen reason, or undefined with the error shown and focus where it is missing. */
  private accessReason(): AccessReason | undefined {
    const { reasonCategory: category, reasonNote } = this.codeForm.getRawValue();
    const note = reasonNote.trim();
    if (!category) {
      this.codeError.set('call.code.errors.reasonCategory');
      this.focusReason();
      return undefined;
    }
    if (category === 'other' && !note) {
      this.codeError.set('call.code.errors.reasonNote');
      this.reasonNoteInput()?.nativeElement.focus();
      return undefined;
    }
    return note ? { category, note } : { category };
  }

  protected async createCase(): Promise<void> {
    const { callerRole, concern, codeWord } = this.newCase.getRawValue();
    if (!callerRole || !concern) {
      this.newCase.markAllAsTouched();
      this.newError.set('call.new.errors.incomplete');
      return;
    }
    if (codeWord.trim() && !isLongEnoughCodeWord(codeWord)) {
      this.newError.set('call.new.errors.codeWordShort');
      return;
    }
    this.busy.set(true);
    this.newError.set(undefined);
    this.codeWordRefusal.set([]);
    try {
      // Not trimmed: the confirmation tokens count from the start of the text as typed.
      const header = await this.api.create(
        {
          callerRole,
          concern,
          ...(codeWord.trim() ? { codeWord } : {}),
          contact: { channel: this.channel.value, startedAt: new Date().toISOString() },
        },
        this.codeWordConfirmed(),
      );
      const draft = header.drafts[0];
      await this.router.navigate(['/gesprek', header.id, draft.id]);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.code === 'identifiers_found') {
        this.codeWordRefusal.set(problem.errors ?? []);
        this.newError.set('call.new.errors.codeWordIdentifies');
      } else if (problem.status === 400 && problem.errors?.some((e) => e.field === 'codeWord')) {
        this.newError.set('call.new.errors.codeWordShort');
      } else {
        this.newError.set(genericErrorKey(problem));
      }
    } finally {
      this.busy.set(false);
    }
  }

  /** Resume my own draft on this case if there is one; otherwise start a new contact. */
  private async startContact(header: CaseHeader): Promise<void> {
    const mine = header.drafts.find((draft) => draft.counsellor.id === this.auth.staff()?.id);
    const contactId =
      mine?.id ?? (await this.api.startContact(header.id, { channel: this.channel.value, startedAt: new Date().toISOString() })).id;
    await this.router.navigate(['/gesprek', header.id, contactId]);
  }

  protected toggleLookup(): void {
    this.lookupOpen.update((open) => !open);
    if (this.lookupOpen()) setTimeout(() => this.lookupInput()?.nativeElement.focus());
  }

  protected async lookUp(): Promise<void> {
    const { codeWord, callerRole } = this.lookup.getRawValue();
    const word = codeWord.trim();
    if (!callerRole || !word) {
      this.lookupError.set('call.code.lookup.errors.incomplete');
      return;
    }
    if (!isLongEnoughCodeWord(word) || word.length > CODE_WORD_MAX) {
      this.lookupError.set('call.code.lookup.errors.codeWordShort');
      return;
    }
    this.busy.set(true);
    this.lookupError.set(undefined);
    this.matches.set(undefined);
    try {
      this.matches.set((await this.api.lookUpByCodeWord(word, callerRole)).codes);
    } catch (error) {
      const problem = problemOf(error);
      this.lookupError.set(
        problem.code === 'identifiers_found'
          ? 'call.code.lookup.errors.codeWordIdentifies'
          : problem.status === 400
            ? 'call.code.lookup.errors.codeWordShort'
            : genericErrorKey(problem),
      );
    } finally {
      this.busy.set(false);
    }
  }

  /** A matching code goes into the code field, which gets focus: Enter opens the case. */
  protected useCode(code: string): void {
    this.code.setValue(code);
    this.codeError.set(undefined);
    this.codeInput().nativeElement.focus();
  }
}
