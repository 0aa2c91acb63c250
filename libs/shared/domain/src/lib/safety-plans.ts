import type { AgreementTopicId } from '@leidraad/shared/guide';
import type { HelplineContactDetails } from './auth/helpline';
import type { StaffRef } from './cases/case';

/** Safety plans (veiligheidsplannen): types shared by the API and the web. */

export const SAFETY_PLAN_STATUSES = ['draft', 'active', 'evaluated'] as const;
export type SafetyPlanStatus = (typeof SAFETY_PLAN_STATUSES)[number];

/** An agreement's topic: one of the guide's step-5 agreement topics, or `other`. */
export type SafetyPlanTopic = AgreementTopicId | 'other';
export const OTHER_TOPIC = 'other';

/** Who keeps an agreement, by role only — never by name. */
export const AGREEMENT_ROLES = ['caller', 'person_of_concern', 'other_adult'] as const;
export type AgreementRole = (typeof AGREEMENT_ROLES)[number];

/** How an agreement went, recorded when the plan is evaluated in a later contact. */
export const AGREEMENT_RESULTS = ['kept', 'partly', 'not_kept', 'no_longer_relevant'] as const;
export type AgreementResult = (typeof AGREEMENT_RESULTS)[number];

/** What made a version: a change of the agreements, the activation or the evaluation. */
export const SAFETY_PLAN_CHANGES = ['update', 'activate', 'evaluate'] as const;
export type SafetyPlanChange = (typeof SAFETY_PLAN_CHANGES)[number];

export const AGREEMENT_TEXT_MAX = 1000;
export const EVALUATION_NOTE_MAX = 1000;
export const AGREEMENTS_MAX = 30;

/** One agreement as the editor sends it; `id` keeps its identity from the previous version. */
export interface AgreementInput {
  id?: string;
  topic: SafetyPlanTopic;
  what: string;
  who: AgreementRole;
  howChecked?: string | null;
  /** `YYYY-MM-DD`; required before the plan is activated. */
  reviewDate?: string | null;
}

/** `PUT /api/cases/{id}/safety-plan`: replaces the agreements (0 as version for a new plan). */
export interface SaveSafetyPlan {
  version: number;
  contactId: string;
  agreements: AgreementInput[];
}

/** `POST …/safety-plan/activate`. */
export interface ActivateSafetyPlan {
  version: number;
  contactId: string;
}

export interface AgreementEvaluationInput {
  agreementId: string;
  result: AgreementResult;
  note?: string | null;
}

/** `POST …/safety-plan/evaluation`: one result for every agreement of the active plan. */
export interface EvaluateSafetyPlan {
  version: number;
  contactId: string;
  results: AgreementEvaluationInput[];
}

export interface AgreementEvaluation {
  result: AgreementResult;
  note: string | null;
}

export interface AgreementView {
  id: string;
  topic: SafetyPlanTopic;
  what: string;
  who: AgreementRole;
  howChecked: string | null;
  reviewDate: string | null;
  evaluation: AgreementEvaluation | null;
}

/** Who made a version, when and in which contact of the case. */
export interface SafetyPlanVersionSummary {
  number: number;
  status: SafetyPlanStatus;
  change: SafetyPlanChange;
  contactId: string;
  changedBy: StaffRef;
  changedAt: string;
  agreementCount: number;
}

export interface SafetyPlanVersionView extends SafetyPlanVersionSummary {
  agreements: AgreementView[];
}

/** The plan of a case as it stands; `version` 0 and `status` null while none was made. */
export interface SafetyPlanView {
  caseId: string;
  caseCode: string;
  status: SafetyPlanStatus | null;
  version: number;
  agreements: AgreementView[];
  lastChange: SafetyPlanVersionSummary | null;
}

/** The fields of an agreement a comparison looks at. */
export const AGREEMENT_DIFF_FIELDS = ['topic', 'what', 'who', 'howChecked', 'reviewDate', 'result', 'resultNote'] as const;
export type AgreementDiffField = (typeof AGREEMENT_DIFF_FIELDS)[number];

export interface AgreementFieldChange {
  field: AgreementDiffField;
  before: string | null;
  after: string | null;
}

export type AgreementChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

export interface AgreementDiff {
  id: string;
  change: AgreementChangeKind;
  /** The agreement as it is in the compared version, or as it was (removed). */
  agreement: AgreementView;
  fields: AgreementFieldChange[];
}

/** `GET …/versions/{n}/diff`: version n against version n − 1 (null for the first). */
export interface SafetyPlanDiff {
  version: number;
  previousVersion: number | null;
  statusBefore: SafetyPlanStatus | null;
  statusAfter: SafetyPlanStatus;
  agreements: AgreementDiff[];
}

/** `GET …/safety-plan/print`: the active (or last evaluated) plan for the print view. */
export interface SafetyPlanPrint {
  caseCode: string;
  status: SafetyPlanStatus;
  version: number;
  activatedAt: string | null;
  agreements: AgreementView[];
  /** Where the caller gets help: the case's helpline, never the caller's own details. */
  helpline: HelplineContactDetails;
}
