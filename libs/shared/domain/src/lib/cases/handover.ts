import type { StaffRef } from './case';

/** The longest handover note. */
export const HANDOVER_NOTE_MAX = 20_000;

/** A case passed from one counsellor to another, with a note and the giver's draft contacts. */
export interface HandoverView {
  id: string;
  caseId: string;
  code: string;
  from: StaffRef;
  to: StaffRef;
  note: string;
  /** Draft contacts that moved to the colleague with the case. */
  draftContactIds: string[];
  /** Coming appointments that moved to the colleague (empty when they were kept). */
  movedAppointmentIds: string[];
  createdAt: string;
  /** The case's version after the handover. */
  caseVersion: number;
}
