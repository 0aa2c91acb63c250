import type { CaseHeader, CaseStatus, RiskFlag, StaffRef } from './case';
import type { ContactView } from './contact';

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
  | (EntryBase & {
      kind: 'status_changed';
      fromStatus: CaseStatus;
      toStatus: CaseStatus;
      reason: string | null;
      by: StaffRef;
    });

export type TimelineEntryKind = TimelineEntry['kind'];

/** The case page: the header and everything that happened, newest first. */
export interface CaseDetail extends CaseHeader {
  timeline: TimelineEntry[];
}
