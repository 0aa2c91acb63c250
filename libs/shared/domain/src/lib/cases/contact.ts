import type { StaffRef } from './case';
import type { NoteMark } from './note-marks';

export const CONTACT_CHANNELS = ['phone', 'chat', 'email'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_OUTCOMES = ['advice_given', 'referred', 'follow_up_planned', 'caller_hung_up', 'other'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/** The managed list of places a caller can be referred to. */
export const REFERRALS = [
  'huisarts',
  'de_waag',
  'ggz',
  'veilig_thuis',
  'politie',
  'lotgenotengroep',
  'stop_it_now_website',
  'other',
] as const;
export type Referral = (typeof REFERRALS)[number];

export const CONTACT_STATUSES = ['draft', 'final'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** The longest summary note of a contact. */
export const CONTACT_SUMMARY_MAX = 20_000;

/** What a counsellor records about one contact; all may be empty while it is a draft. */
export interface ContactFields {
  channel: ContactChannel | null;
  /** ISO 8601 with offset. */
  startedAt: string | null;
  endedAt: string | null;
  summary: string | null;
  outcome: ContactOutcome | null;
  referrals: Referral[];
}

/** The fields a contact must have before it can be finalised (the end time is set by finalising). */
export const CONTACT_REQUIRED_FOR_FINAL = ['channel', 'startedAt', 'summary', 'outcome'] as const;

export interface ContactView extends ContactFields {
  id: string;
  caseId: string;
  status: ContactStatus;
  counsellor: StaffRef;
  /** The draft's save counter: autosaves send a higher one (or the same one again). */
  revision: number;
  createdAt: string;
  updatedAt: string;
  finalisedAt: string | null;
  finalisedBy: StaffRef | null;
  /** Corrections made after finalising; the fields above stay as first finalised. */
  corrections: ContactCorrectionView[];
  /** The counsellor's confirmations and dismissals of findings in the note. */
  noteMarks: NoteMark[];
}

/** The answer to an autosave: small, so saving every few seconds stays cheap. */
export interface DraftSaved {
  id: string;
  revision: number;
  updatedAt: string;
}

/** A visible correction of a final contact: only the corrected fields, with the reason. */
export interface ContactCorrectionView {
  id: string;
  contactId: string;
  reason: string;
  changes: Partial<ContactFields>;
  correctedBy: StaffRef;
  createdAt: string;
}
