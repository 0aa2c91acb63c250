import { ChangeDetectionStrategy, Component, type ElementRef, inject, signal, viewChild, type AfterViewInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { parseCaseCode } from '@leidraad/shared/case-code';
import {
  CALLER_ROLES,
  CASE_CONCERNS,
  CODE_WORD_MAX,
  CODE_WORD_MIN,
  CONTACT_CHANNELS,
  type CallerRole,
  type CaseConcern,
  type CaseHeader,
  type ContactChannel,
} from '@leidraad/shared/domain';
import { AuthService, CasesApi, genericErrorKey, problemOf } from '@leidraad/web/core';

/**
 * "Nieuw contact": open a returning caller's case by the code they read out (the field has
 * focus), or start a new case. Either way a draft contact starts and the call screen opens.
 */
@Component({
  selector: 'ld-new-contact-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, TranslocoDirective],
  templateUrl: './new-contact-page.html',
  styleUrl: './new-contact-page.scss',
})
export class NewContactPage implements AfterViewInit {
  private readonly api = inject(CasesApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly codeInput = viewChild.required<ElementRef<HTMLInputElement>>('codeInput');
  private readonly reasonInput = viewChild<ElementRef<HTMLInputElement>>('reasonInput');
  private readonly lookupInput = viewChild<ElementRef<HTMLInputElement>>('lookupInput');

  protected readonly roles = CALLER_ROLES;
  protected readonly concerns = CASE_CONCERNS;
  protected readonly channels = CONTACT_CHANNELS;

  protected readonly channel = new FormControl<ContactChannel>('phone', { nonNullable: true });
  protected readonly codeForm = new FormGroup({
    code: new FormControl('', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true }),
  });
  private get code(): FormControl<string> {
    return this.codeForm.controls.code;
  }
  private get reason(): FormControl<string> {
    return this.codeForm.controls.reason;
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
    const parsed = parseCaseCode(this.code.value);
    if (!parsed.ok) {
      this.codeError.set(`call.code.errors.${parsed.reason}`);
      return;
    }
    if (this.reasonNeeded() && this.reason.value.trim().length < 3) {
      this.codeError.set('call.code.errors.reason');
      this.reasonInput()?.nativeElement.focus();
      return;
    }
    this.busy.set(true);
    this.codeError.set(undefined);
    try {
      const header = await this.api.openByCode(parsed.code, this.reasonNeeded() ? this.reason.value.trim() : undefined);
      await this.startContact(header);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 403 && problem['reasonRequired']) {
        this.reasonNeeded.set(true);
        this.codeError.set('call.code.errors.reasonRequired');
        setTimeout(() => this.reasonInput()?.nativeElement.focus());
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

  protected async createCase(): Promise<void> {
    const { callerRole, concern, codeWord } = this.newCase.getRawValue();
    if (!callerRole || !concern) {
      this.newCase.markAllAsTouched();
      this.newError.set('call.new.errors.incomplete');
      return;
    }
    this.busy.set(true);
    this.newError.set(undefined);
    try {
      const header = await this.api.create({
        callerRole,
        concern,
        ...(codeWord.trim() ? { codeWord: codeWord.trim() } : {}),
        contact: { channel: this.channel.value, startedAt: new Date().toISOString() },
      });
      const draft = header.drafts[0];
      await this.router.navigate(['/gesprek', header.id, draft.id]);
    } catch (error) {
      this.newError.set(genericErrorKey(problemOf(error)));
    } finally {
      this.busy.set(false);
    }
  }

  /** Resume my own draft on this case if there is one; otherwise start a new contact. */
  private async startContact(header: CaseHeader): Promise<void> {
    const mine = header.drafts.find((draft) => draft.counsellor.id === this.auth.staff()?.id);
    const contactId =
      mine?.id ??
      (await this.api.startContact(header.id, { channel: this.channel.value, startedAt: new Date().toISOString() })).id;
    await this.router.navigate(['/gesprek', header.id, contactId]);
  }

  protected toggleLookup(): void {
    this.lookupOpen.update((open) => !open);
    if (this.lookupOpen()) setTimeout(() => this.lookupInput()?.nativeElement.focus());
  }

  protected async lookUp(): Promise<void> {
    const { codeWord, callerRole } = this.lookup.getRawValue();
    const word = codeWord.trim();
    if (!callerRole || word.length < CODE_WORD_MIN || word.length > CODE_WORD_MAX) {
      this.lookupError.set('call.code.lookup.errors.incomplete');
      return;
    }
    this.busy.set(true);
    this.lookupError.set(undefined);
    this.matches.set(undefined);
    try {
      this.matches.set((await this.api.lookUpByCodeWord(word, callerRole)).codes);
    } catch (error) {
      const problem = problemOf(error);
      this.lookupError.set(problem.status === 400 ? 'call.code.lookup.errors.incomplete' : genericErrorKey(problem));
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
