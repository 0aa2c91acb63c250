import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { PEER_GROUP_CAPACITY_MAX, PEER_GROUP_CAPACITY_MIN, PEER_GROUP_TEXT_MAX, type FieldError } from '@leidraad/shared/domain';
import { genericErrorKey, LanguageService, problemOf } from '@leidraad/web/core';
import { DateInput, FreeTextField } from '@leidraad/web/ui';
import { PeerGroupsApi } from './peer-groups-api';
import { firstMeetingOutOfOrder, MEETING_COUNT, PEER_THEMES, toNewGroup } from './peer-groups-logic';

type MeetingForm = FormGroup<{ startsAt: FormControl<string>; themeId: FormControl<string> }>;

/**
 * `<ld-peer-group-form (created)="…" />` (supervisors): a new group with a name, a location, a
 * capacity and the guide's five meetings, each with a date and time and one of the guide's
 * themes (proposed in the guide's order). Name and location go through the identifier check;
 * `(created)` emits the new group's id.
 */
@Component({
  selector: 'ld-peer-group-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, TranslocoDirective, FreeTextField, DateInput],
  templateUrl: './peer-group-form.html',
  styles: `
    .meetings {
      border: 0;
      padding: 0;
      margin: 0.75rem 0;
    }
    .meeting {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: end;
      margin-bottom: 0.5rem;
    }
    .meeting > * {
      min-width: 0;
      max-width: 100%;
    }
    .meeting label,
    .field label {
      display: block;
    }
    .field {
      margin-bottom: 0.75rem;
    }
    select {
      max-width: min(36rem, 100%);
    }
  `,
})
export class PeerGroupForm {
  private readonly api = inject(PeerGroupsApi);
  private readonly languages = inject(LanguageService);
  readonly created = output<string>();

  protected readonly textMax = PEER_GROUP_TEXT_MAX;
  protected readonly capacityMin = PEER_GROUP_CAPACITY_MIN;
  protected readonly capacityMax = PEER_GROUP_CAPACITY_MAX;
  protected readonly themes = computed(() => PEER_THEMES.map((theme) => ({ id: theme.id, text: theme.text[this.languages.language()] })));

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] }),
    location: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] }),
    capacity: new FormControl(8, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(PEER_GROUP_CAPACITY_MIN), Validators.max(PEER_GROUP_CAPACITY_MAX)],
    }),
    meetings: new FormArray<MeetingForm>(
      Array.from(
        { length: MEETING_COUNT },
        (_, index) =>
          new FormGroup({
            startsAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
            themeId: new FormControl<string>(PEER_THEMES[index]?.id ?? '', { nonNullable: true, validators: [Validators.required] }),
          }),
      ),
    ),
  });

  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | undefined>(undefined);
  protected readonly done = signal(false);
  /** `errors` of a 422 identifiers_found answer, for the free-text fields. */
  protected readonly findings = signal<FieldError[] | undefined>(undefined);
  /** The free-text fields, each with the quasi-identifiers confirmed in it. */
  protected readonly textFields = [
    { control: 'name', labelKey: 'peerGroups.form.name', confirm: signal<string[]>([]) },
    { control: 'location', labelKey: 'peerGroups.form.location', confirm: signal<string[]>([]) },
  ] as const;

  protected async submit(): Promise<void> {
    this.done.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errorKey.set('peerGroups.form.invalid');
      return;
    }
    const value = this.form.getRawValue();
    if (firstMeetingOutOfOrder(value.meetings) >= 0) {
      this.errorKey.set('peerGroups.form.outOfOrder');
      return;
    }
    this.busy.set(true);
    this.errorKey.set(undefined);
    this.findings.set(undefined);
    try {
      const group = await this.api.create(
        toNewGroup(value),
        this.textFields.flatMap((text) => text.confirm()),
      );
      this.done.set(true);
      this.form.reset();
      this.created.emit(group.id);
    } catch (error) {
      const problem = problemOf(error);
      if (problem['code'] === 'identifiers_found') {
        this.findings.set(problem.errors);
        this.errorKey.set('peerGroups.form.identifiers');
      } else if (problem.status === 422) {
        this.errorKey.set('peerGroups.form.outOfOrder');
      } else {
        this.errorKey.set(problem.status === 400 ? 'peerGroups.form.invalid' : genericErrorKey(problem));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
