import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  HELPLINE_LANGUAGES,
  clockMinutes,
  HELPLINE_POLICY_BOUNDS,
  sortWorkingPeriods,
  WEEKDAYS,
  type HelplineLanguage,
  type HelplinePolicyOverrides,
  type HelplineProfile,
  type ProblemDetails,
  type Weekday,
  type WorkingPeriod,
} from '@leidraad/shared/domain';
import { CurrentHelpline, genericErrorKey, problemOf } from '@leidraad/web/core';
import { HelplineApi } from './helpline-api';

type Message = { kind: 'success' | 'error'; key: string };
type PeriodForm = FormGroup<{ start: FormControl<string>; end: FormControl<string> }>;

const clock = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function periodForm(start = '09:00', end = '17:00'): PeriodForm {
  return new FormGroup({
    start: new FormControl(start, { nonNullable: true, validators: [Validators.required] }),
    end: new FormControl(end, { nonNullable: true, validators: [Validators.required] }),
  });
}
/** A setting's form value: empty is "the installation's default". */
type TwoFactorChoice = '' | 'on' | 'off';

/** The form's fields, named as the API names them in its problem details. */
const FIELDS = [
  'name',
  'language',
  'phone',
  'website',
  'timeZone',
  'caseCodePrefix',
  'workingHours',
  'settings.retentionMonths',
  'settings.inactiveCloseMonths',
  'settings.stalledAfterDays',
  'settings.unusualAccessPerHour',
  'settings.twoFactorForAll',
] as const;
type Field = (typeof FIELDS)[number];

/** The translation key of what was wrong with each field named in a 400, by field. */
export function fieldErrorsOf(problem: ProblemDetails): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (problem.status !== 400 || !Array.isArray(problem.errors)) return errors;
  for (const error of problem.errors) {
    const named = (error as { field?: unknown }).field;
    // `workingHours[3].end`: one message for the week.
    const field = typeof named === 'string' && named.startsWith('workingHours') ? 'workingHours' : named;
    if ((FIELDS as readonly unknown[]).includes(field)) errors[field as Field] ??= `helplineSettings.errors.${field as Field}`;
  }
  return errors;
}

/**
 * "Hulplijn" on the admin's Instellingen page: the profile of the helpline the session works in
 * (name, language, phone and website shown to callers, time zone) and its own policy settings;
 * an empty setting uses the installation's default, shown beside it.
 */
@Component({
  selector: 'ld-helpline-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslocoDirective],
  templateUrl: './helpline-settings.html',
  styles: `
    .helpline-form {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
      gap: 0.25rem 1rem;
      align-items: start;
      max-width: 60rem;
    }
    .helpline-form fieldset {
      grid-column: 1 / -1;
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
      gap: 0.25rem 1rem;
      border: 1px solid var(--ld-border-strong);
      border-radius: 6px;
      padding: 0.75rem 1rem;
    }
    .field-error {
      color: var(--ld-danger, #b00020);
      margin: 0 0 0.5rem;
    }
    .native-field {
      display: grid;
      /* As wide as its column, however long the longest option: a phone does not scroll sideways. */
      grid-template-columns: minmax(0, 1fr);
      min-width: 0;
      gap: 0.25rem;
      margin-bottom: 1rem;
      align-content: start;
    }
    .field-hint {
      font-size: 0.85rem;
      color: var(--ld-text-muted);
    }
    .week {
      display: grid;
      gap: 0.5rem;
    }
    .week-day {
      display: grid;
      grid-template-columns: minmax(6rem, max-content) minmax(0, 1fr);
      gap: 0.25rem 1rem;
      align-items: start;
    }
    .week-periods {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    .week-period {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      align-items: center;
    }
    .uppercase {
      text-transform: uppercase;
    }
    .form-actions {
      grid-column: 1 / -1;
    }
    .message-slot {
      min-height: 1rem;
    }
  `,
})
export class HelplineSettings {
  private readonly api = inject(HelplineApi);
  private readonly currentHelpline = inject(CurrentHelpline);
  protected readonly languages = HELPLINE_LANGUAGES;
  protected readonly bounds = HELPLINE_POLICY_BOUNDS;
  protected readonly weekdays = WEEKDAYS;

  protected readonly profile = signal<HelplineProfile | undefined>(undefined);
  protected readonly loadError = signal<string | undefined>(undefined);
  protected readonly message = signal<Message | undefined>(undefined);
  protected readonly fieldErrors = signal<Partial<Record<Field, string>>>({});
  protected readonly busy = signal(false);

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(120)] }),
    language: new FormControl<HelplineLanguage>('nl', { nonNullable: true }),
    phone: new FormControl('', { nonNullable: true }),
    website: new FormControl('', { nonNullable: true }),
    timeZone: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    caseCodePrefix: new FormControl('', { nonNullable: true, validators: [Validators.pattern(/^[A-Za-z]{0,3}$/)] }),
    // Number inputs: null when empty (the installation's default applies).
    retentionMonths: new FormControl<number | null>(null),
    inactiveCloseMonths: new FormControl<number | null>(null),
    stalledAfterDays: new FormControl<number | null>(null),
    unusualAccessPerHour: new FormControl<number | null>(null),
    twoFactorForAll: new FormControl<TwoFactorChoice>('', { nonNullable: true }),
    // One list of periods per weekday, Monday first; an empty day: not reachable that day.
    workingHours: new FormArray(WEEKDAYS.map(() => new FormArray<PeriodForm>([]))),
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(undefined);
    try {
      this.show(await this.api.current());
    } catch (error) {
      this.loadError.set(genericErrorKey(problemOf(error)));
    }
  }

  protected periodsOf(weekday: Weekday): FormArray<PeriodForm> {
    return this.form.controls.workingHours.at(weekday - 1);
  }

  protected addPeriod(weekday: Weekday): void {
    const periods = this.periodsOf(weekday);
    // A second period starts where the previous one ended.
    const last = periods.length > 0 ? periods.at(periods.length - 1).getRawValue() : undefined;
    const from = last ? (clockMinutes(last.end) ?? 0) : undefined;
    periods.push(from === undefined ? periodForm() : periodForm(clock(Math.min(from, 22 * 60)), clock(Math.min(from + 60, 23 * 60))));
  }

  protected removePeriod(weekday: Weekday, index: number): void {
    this.periodsOf(weekday).removeAt(index);
  }

  protected async save(): Promise<void> {
    const current = this.profile();
    if (!current) return;
    const value = this.form.getRawValue();
    const settings: HelplinePolicyOverrides = {
      retentionMonths: value.retentionMonths,
      inactiveCloseMonths: value.inactiveCloseMonths,
      stalledAfterDays: value.stalledAfterDays,
      unusualAccessPerHour: value.unusualAccessPerHour,
      twoFactorForAll: value.twoFactorForAll === '' ? null : value.twoFactorForAll === 'on',
    };
    this.busy.set(true);
    this.message.set(undefined);
    this.fieldErrors.set({});
    try {
      const saved = await this.api.update({
        version: current.version,
        name: value.name,
        language: value.language,
        phone: value.phone.trim() || null,
        website: value.website.trim() || null,
        timeZone: value.timeZone,
        caseCodePrefix: value.caseCodePrefix.trim().toUpperCase() || null,
        workingHours: value.workingHours.flatMap((periods, day) =>
          periods.map((period): WorkingPeriod => ({ weekday: WEEKDAYS[day], start: period.start, end: period.end })),
        ),
        settings,
      });
      this.show(saved);
      // Codes on screen and the guide's contact show the change at once.
      void this.currentHelpline.refresh();
      this.message.set({ kind: 'success', key: 'helplineSettings.saved' });
    } catch (error) {
      const problem = problemOf(error);
      this.fieldErrors.set(fieldErrorsOf(problem));
      const key =
        problem.status === 400
          ? 'helplineSettings.errors.invalid'
          : problem.status === 409
            ? typeof problem['currentVersion'] === 'number'
              ? 'helplineSettings.errors.stale'
              : 'helplineSettings.errors.nameTaken'
            : genericErrorKey(problem);
      this.message.set({ kind: 'error', key });
    } finally {
      this.busy.set(false);
    }
  }

  protected errorOf(field: Field): string | undefined {
    return this.fieldErrors()[field];
  }

  private show(profile: HelplineProfile): void {
    this.profile.set(profile);
    const own = profile.settings;
    const week = sortWorkingPeriods(profile.workingHours);
    this.form.controls.workingHours.controls.forEach((periods, day) => {
      periods.clear({ emitEvent: false });
      for (const period of week.filter((p) => p.weekday === WEEKDAYS[day])) periods.push(periodForm(period.start, period.end));
    });
    this.form.reset({
      name: profile.name,
      language: profile.language,
      phone: profile.phone ?? '',
      website: profile.website ?? '',
      timeZone: profile.timeZone,
      caseCodePrefix: profile.caseCodePrefix ?? '',
      retentionMonths: own.retentionMonths,
      inactiveCloseMonths: own.inactiveCloseMonths,
      stalledAfterDays: own.stalledAfterDays,
      unusualAccessPerHour: own.unusualAccessPerHour,
      twoFactorForAll: own.twoFactorForAll === null ? '' : own.twoFactorForAll ? 'on' : 'off',
    });
  }
}
