import type { StaffRef } from './case';
import type { ContactChannel, ContactFields, ContactOutcome } from './contact';

/**
 * Issue 17, "nothing lost, nothing hidden": drafts that two tabs write at once, contacts that
 * were never finished, and contacts the caller hung up on.
 */

/** A contact the caller hung up on is final with these alone (no summary note needed). */
export const CONTACT_REQUIRED_WHEN_HUNG_UP = ['channel', 'startedAt', 'endedAt', 'outcome'] as const;

/** The outcome that finishes an abandoned contact with the fields above. */
export const HUNG_UP_OUTCOME: ContactOutcome = 'caller_hung_up';

/** The draft as the server has it, sent back with a 409 when a save started from an older revision. */
export interface DraftVersion extends ContactFields {
  revision: number;
  updatedAt: string;
  /** Who saved it last; null when no save carried a name (a draft only just started). */
  savedBy: StaffRef | null;
}

/** Extra members of the 409 problem document of a draft save based on an older revision. */
export interface DraftConflict {
  currentRevision: number;
  current: DraftVersion;
}

/** A contact that is still a draft: on Vandaag ("Lopende contacten") and, when old, on Overzicht. */
export interface UnfinishedContact {
  id: string;
  caseId: string;
  /** Grouped display form. */
  caseCode: string;
  counsellor: StaffRef;
  channel: ContactChannel | null;
  startedAt: string | null;
  /** Its last save. */
  updatedAt: string;
}

/** Supervisors see drafts untouched for this many hours on Overzicht (unless they ask for another age). */
export const UNFINISHED_CONTACT_ALERT_HOURS = 3;
/** Lists of unfinished contacts are short: at most this many, oldest (or newest, for my own) first. */
export const UNFINISHED_CONTACTS_LIMIT = 50;

export interface UnfinishedContactList {
  items: UnfinishedContact[];
  /** How many there are in all (the list stops at `UNFINISHED_CONTACTS_LIMIT`). */
  total: number;
}
