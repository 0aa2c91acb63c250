import type { AppointmentPurpose, AppointmentStatus } from '../appointments';
import type { CaseHeader, CaseStatus, RiskFlag, StaffRef } from './case';
import type { ContactChannel, ContactView } from './contact';

interface EntryBase {
  /** When it happened (a contact: when it started). ISO 8601. */
  at: string;
}

export type TimelineEntry =
  | (EntryBase & { kind: 'case_created'; by: StaffRef })
  /** A final contact as first recorded, with its corrections (each with its reason) inside. */
  | (EntryBase & { kind: 'contact'; contact: ContactView })
  | (EntryBase & {
      kind: 'handover';
      id: string;
      from: StaffRef;
      to: StaffRef;
      note: string;
      draftContactIds: string[];
    })
  | (EntryBase & {
      kind: 'risk_flag_set';
      flag: RiskFlag;
      reason: string;
      by: StaffRef;
    })
  | (EntryBase & {
      kind: 'risk_flag_cleared';
      flag: RiskFlag;
      reason: string;
      by: StaffRef;
    })
  /** A follow-up appointment, at its start (also one still to come); rescheduled ones only as their new time. */
  | (EntryBase & {
      kind: 'appointment';
      appointmentId: string;
      status: AppointmentStatus;
      purpose: AppointmentPurpose;
      channel: ContactChannel;
      counsellor: StaffRef;
    })
  /** A colleague who is not assigned opened the case by its code (with a reason, in the audit trail). */
  | (EntryBase & { kind: 'colleague_access'; by: StaffRef })
  | (EntryBase & {
      kind: 'status_changed';
      fromStatus: CaseStatus;
      toStatus: CaseStatus;
      reason: string | null;
      /** null: the retention job closed the case (no contact for LEIDRAAD_INACTIVE_CLOSE_MONTHS). */
      by: StaffRef | null;
    });

export type TimelineEntryKind = TimelineEntry['kind'];

/** The case page: the header and everything that happened, newest first. */
export interface CaseDetail extends CaseHeader {
  timeline: TimelineEntry[];
}
