import { place, type FieldCipher, iso, isoOrNull } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type {
  AppointmentPurpose,
  AppointmentStatus,
  ContactChannel,
  CallerRole,
  CaseConcern,
  CaseHeader,
  CaseListItem,
  CaseStatus,
  RiskFlag,
  TimelineEntry,
} from '@leidraad/shared/domain';
import { openText, openTextOrNull } from '../common/cipher-text';
import { toContactView, type ContactJson } from '../contact/contact.mapper';

export interface CaseListRow {
  id: string;
  code: string;
  caller_role: CallerRole;
  concern: CaseConcern;
  status: CaseStatus;
  assignee_id: string;
  assignee_name: string;
  contact_count: number;
  last_contact_at: Date | null;
  created_at: Date;
  updated_at: Date;
  risk_flags: RiskFlag[];
}

export interface CaseHeaderRow {
  id: string;
  code: string;
  caller_role: CallerRole;
  concern: CaseConcern;
  status: CaseStatus;
  version: number;
  contact_count: number;
  has_code_word: boolean;
  last_contact_at: Date | null;
  created_at: Date;
  updated_at: Date;
  assignee_id: string;
  assignee_name: string;
  risk_flags: {
    id: string;
    flag: RiskFlag;
    reason: string;
    setById: string;
    setByName: string;
    setAt: string;
  }[];
  drafts: {
    id: string;
    counsellorId: string;
    counsellorName: string;
    updatedAt: string;
  }[];
}

export function toCaseHeader(row: CaseHeaderRow, cipher: FieldCipher): CaseHeader {
  return {
    id: row.id,
    code: formatCaseCode(row.code),
    callerRole: row.caller_role,
    concern: row.concern,
    status: row.status,
    version: row.version,
    assignee: { id: row.assignee_id, displayName: row.assignee_name },
    riskFlags: row.risk_flags.map((flag) => ({
      flag: flag.flag,
      reason: openText(cipher, flag.reason, place('case_risk_flag', 'reason', flag.id)),
      setBy: { id: flag.setById, displayName: flag.setByName },
      setAt: iso(flag.setAt),
    })),
    contactCount: row.contact_count,
    drafts: row.drafts.map((draft) => ({
      id: draft.id,
      counsellor: { id: draft.counsellorId, displayName: draft.counsellorName },
      updatedAt: iso(draft.updatedAt),
    })),
    hasCodeWord: row.has_code_word,
    lastContactAt: isoOrNull(row.last_contact_at),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function toCaseListItem(row: CaseListRow): CaseListItem {
  return {
    id: row.id,
    code: formatCaseCode(row.code),
    callerRole: row.caller_role,
    concern: row.concern,
    status: row.status,
    assignee: { id: row.assignee_id, displayName: row.assignee_name },
    riskFlags: row.risk_flags,
    contactCount: row.contact_count,
    lastContactAt: isoOrNull(row.last_contact_at),
    updatedAt: iso(row.updated_at),
  };
}

/** One row of `TIMELINE_SQL`. */
export type TimelineRow =
  | { kind: 'contact'; at: Date; data: ContactJson }
  | {
      kind: 'handover';
      at: Date;
      data: {
        id: string;
        fromId: string;
        fromName: string;
        toId: string;
        toName: string;
        note: string;
        contactIds: string[];
      };
    }
  | {
      kind: 'risk_flag_set' | 'risk_flag_cleared';
      at: Date;
      data: { id: string; flag: RiskFlag; reason: string; byId: string; byName: string };
    }
  | {
      kind: 'status_changed';
      at: Date;
      data: {
        id: string;
        from: CaseStatus;
        to: CaseStatus;
        reason: string | null;
        byId: string | null;
        byName: string | null;
      };
    }
  | {
      kind: 'appointment';
      at: Date;
      data: { id: string; status: AppointmentStatus; purpose: AppointmentPurpose; channel: ContactChannel; byId: string; byName: string };
    }
  | { kind: 'case_created' | 'colleague_access'; at: Date; data: { byId: string; byName: string } };

export function toTimelineEntry(row: TimelineRow, cipher: FieldCipher): TimelineEntry {
  const at = iso(row.at);
  switch (row.kind) {
    case 'contact':
      return { kind: 'contact', at, contact: toContactView(row.data, cipher) };
    case 'handover':
      return {
        kind: 'handover',
        at,
        id: row.data.id,
        from: { id: row.data.fromId, displayName: row.data.fromName },
        to: { id: row.data.toId, displayName: row.data.toName },
        note: openText(cipher, row.data.note, place('case_handover', 'note', row.data.id)),
        draftContactIds: row.data.contactIds,
      };
    case 'risk_flag_set':
    case 'risk_flag_cleared':
      return {
        kind: row.kind,
        at,
        flag: row.data.flag,
        reason: openText(
          cipher,
          row.data.reason,
          place('case_risk_flag', row.kind === 'risk_flag_set' ? 'reason' : 'clear_reason', row.data.id),
        ),
        by: { id: row.data.byId, displayName: row.data.byName },
      };
    case 'status_changed':
      return {
        kind: 'status_changed',
        at,
        fromStatus: row.data.from,
        toStatus: row.data.to,
        // No one: closed by the retention job, whose reason is the label the page shows.
        reason: row.data.byId ? openTextOrNull(cipher, row.data.reason, place('case_status_change', 'reason', row.data.id)) : null,
        by: row.data.byId ? { id: row.data.byId, displayName: row.data.byName ?? '' } : null,
      };
    case 'case_created':
    case 'colleague_access':
      return {
        kind: row.kind,
        at,
        by: { id: row.data.byId, displayName: row.data.byName },
      };
    case 'appointment':
      return {
        kind: 'appointment',
        at,
        appointmentId: row.data.id,
        status: row.data.status,
        purpose: row.data.purpose,
        channel: row.data.channel,
        counsellor: { id: row.data.byId, displayName: row.data.byName },
      };
  }
}
