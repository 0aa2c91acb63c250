import { FormControl, FormGroup, Validators } from '@angular/forms';
import {
  OTHER_TOPIC,
  type AgreementDiff,
  type AgreementEvaluationInput,
  type AgreementInput,
  type AgreementResult,
  type AgreementRole,
  type AgreementView,
  type SafetyPlanTopic,
} from '@leidraad/shared/domain';
import { agreementTopics, findItem, type Language } from '@leidraad/shared/guide';

/** One agreement in the editor; '' where nothing is chosen yet. */
export interface AgreementFormValue {
  id: string | null;
  topic: SafetyPlanTopic | '';
  what: string;
  who: AgreementRole | '';
  howChecked: string;
  reviewDate: string;
}

export type AgreementForm = FormGroup<{
  id: FormControl<string | null>;
  topic: FormControl<SafetyPlanTopic | ''>;
  what: FormControl<string>;
  who: FormControl<AgreementRole | ''>;
  howChecked: FormControl<string>;
  reviewDate: FormControl<string>;
}>;

export type EvaluationForm = FormGroup<{
  agreementId: FormControl<string>;
  result: FormControl<AgreementResult | ''>;
  note: FormControl<string>;
}>;

export function emptyAgreement(): AgreementFormValue {
  return { id: null, topic: '', what: '', who: '', howChecked: '', reviewDate: '' };
}

export function toAgreementFormValue(agreement: AgreementView): AgreementFormValue {
  return {
    id: agreement.id,
    topic: agreement.topic,
    what: agreement.what,
    who: agreement.who,
    howChecked: agreement.howChecked ?? '',
    reviewDate: agreement.reviewDate ?? '',
  };
}

/**
 * What the API takes for one agreement. Unchosen topic or role are sent as they are, so the
 * API names the field (400) instead of the editor guessing; empty optional fields become null.
 */
export function toAgreementInput(value: AgreementFormValue): AgreementInput {
  return {
    ...(value.id ? { id: value.id } : {}),
    topic: value.topic as SafetyPlanTopic,
    what: value.what,
    who: value.who as AgreementRole,
    howChecked: value.howChecked.trim() ? value.howChecked : null,
    reviewDate: value.reviewDate || null,
  };
}

export function agreementForm(value: AgreementFormValue = emptyAgreement()): AgreementForm {
  return new FormGroup({
    id: new FormControl<string | null>(value.id),
    topic: new FormControl<SafetyPlanTopic | ''>(value.topic, { nonNullable: true, validators: [Validators.required] }),
    what: new FormControl(value.what, { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] }),
    who: new FormControl<AgreementRole | ''>(value.who, { nonNullable: true, validators: [Validators.required] }),
    howChecked: new FormControl(value.howChecked, { nonNullable: true }),
    reviewDate: new FormControl(value.reviewDate, { nonNullable: true }),
  });
}

export function evaluationForm(agreement: AgreementView): EvaluationForm {
  return new FormGroup({
    agreementId: new FormControl(agreement.id, { nonNullable: true }),
    result: new FormControl<AgreementResult | ''>(agreement.evaluation?.result ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    note: new FormControl(agreement.evaluation?.note ?? '', { nonNullable: true }),
  });
}

export function toEvaluationInput(value: { agreementId: string; result: AgreementResult | ''; note: string }): AgreementEvaluationInput {
  return { agreementId: value.agreementId, result: value.result as AgreementResult, note: value.note.trim() ? value.note : null };
}

/**
 * Confirmation tokens (`field:start-end`) of a row's free-text field, renamed to the field's
 * place in the request now (rows move when one above is removed).
 */
export function retargetTokens(tokens: readonly string[], field: string): string[] {
  return tokens.map((token) => `${field}:${token.slice(token.lastIndexOf(':') + 1)}`);
}

export interface TopicOption {
  id: SafetyPlanTopic;
  label: string | null;
}

/** The guide's agreement topics in `language`; `other` last, with a null label (the page translates it). */
export function topicOptions(language: Language): TopicOption[] {
  return [...agreementTopics().map((topic) => ({ id: topic.id, label: topic.text[language] })), { id: OTHER_TOPIC, label: null }];
}

/** The guide's label of a topic, or null for `other` and unknown ids. */
export function topicLabel(topic: string, language: Language): string | null {
  return agreementTopics().find((entry) => entry.id === topic)?.text[language] ?? null;
}

/** The guide's safety-plan principles (step 5), in `language`. */
export function safetyPlanPrinciples(language: Language): { heading: string; entries: { id: string; text: string }[] } {
  const list = findItem('step-5.safety-plan')?.safetyPlanPrinciples;
  return {
    heading: list?.heading[language] ?? '',
    entries: (list?.entries ?? []).map((entry) => ({ id: entry.id, text: entry.text[language] })),
  };
}

/** The entries of a comparison worth showing: everything but unchanged agreements. */
export function visibleChanges(agreements: readonly AgreementDiff[]): AgreementDiff[] {
  return agreements.filter((agreement) => agreement.change !== 'unchanged');
}

/** The guide's language of the UI language (anything but English reads Dutch). */
export function guideLanguage(lang: string): Language {
  return lang === 'en' ? 'en' : 'nl';
}

/**
 * The earliest review date on or after `today` (`YYYY-MM-DD`), to propose the follow-up
 * appointment that checks it (e.g. `ld-follow-up-planner [suggestedDate]`); null when none.
 */
export function nextReviewDate(agreements: readonly Pick<AgreementView, 'reviewDate'>[], today: string): string | null {
  const upcoming = agreements
    .map((agreement) => agreement.reviewDate)
    .filter((date): date is string => !!date && date >= today)
    .sort();
  return upcoming[0] ?? null;
}
