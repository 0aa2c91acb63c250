import { place, type FieldCipher, iso, isoOrNull } from '@leidraad/api/core';
import type {
  ContactChannel,
  ContactCorrectionView,
  ContactFields,
  ContactOutcome,
  ContactStatus,
  ContactView,
  NoteMark,
  Referral,
} from '@leidraad/shared/domain';
import { openText, openTextOrNull } from '../common/cipher-text';

/** A contact as `contactJson()` builds it. */
export interface ContactJson {
  id: string;
  caseId: string;
  status: ContactStatus;
  channel: ContactChannel | null;
  startedAt: string | null;
  endedAt: string | null;
  summary: string | null;
  outcome: ContactOutcome | null;
  referrals: Referral[];
  revision: number;
  counsellorId: string;
  counsellorName: string;
  createdAt: string;
  updatedAt: string;
  finalisedAt: string | null;
  finalisedById: string | null;
  finalisedByName: string | null;
  corrections: CorrectionJson[];
  noteMarks?: NoteMark[];
}

/** A correction as `correctionJson()` builds it. */
export interface CorrectionJson {
  id: string;
  contactId: string;
  reason: string;
  channel: ContactChannel | null;
  startedAt: string | null;
  endedAt: string | null;
  summary: string | null;
  outcome: ContactOutcome | null;
  referrals: Referral[] | null;
  correctedById: string;
  correctedByName: string;
  createdAt: string;
}

export function toContactView(json: ContactJson, cipher: FieldCipher): ContactView {
  return {
    id: json.id,
    caseId: json.caseId,
    status: json.status,
    channel: json.channel,
    startedAt: isoOrNull(json.startedAt),
    endedAt: isoOrNull(json.endedAt),
    summary: openTextOrNull(cipher, json.summary, place('contact', 'summary', json.id)),
    outcome: json.outcome,
    referrals: json.referrals,
    revision: json.revision,
    counsellor: { id: json.counsellorId, displayName: json.counsellorName },
    createdAt: iso(json.createdAt),
    updatedAt: iso(json.updatedAt),
    finalisedAt: isoOrNull(json.finalisedAt),
    finalisedBy: json.finalisedById && json.finalisedByName ? { id: json.finalisedById, displayName: json.finalisedByName } : null,
    corrections: json.corrections.map((correction) => toCorrectionView(correction, cipher)),
    noteMarks: json.noteMarks ?? [],
  };
}

export function toCorrectionView(json: CorrectionJson, cipher: FieldCipher): ContactCorrectionView {
  const changes: Partial<ContactFields> = {};
  if (json.channel !== null) changes.channel = json.channel;
  if (json.startedAt !== null) changes.startedAt = iso(json.startedAt);
  if (json.endedAt !== null) changes.endedAt = iso(json.endedAt);
  if (json.summary !== null) changes.summary = openText(cipher, json.summary, place('contact_correction', 'summary', json.id));
  if (json.outcome !== null) changes.outcome = json.outcome;
  if (json.referrals !== null) changes.referrals = json.referrals;
  return {
    id: json.id,
    contactId: json.contactId,
    reason: openText(cipher, json.reason, place('contact_correction', 'reason', json.id)),
    changes,
    correctedBy: { id: json.correctedById, displayName: json.correctedByName },
    createdAt: iso(json.createdAt),
  };
}

/** The recorded fields of a contact view (for the finalise and correction rules). */
export function fieldsOf(view: ContactFields): ContactFields {
  const { channel, startedAt, endedAt, summary, outcome, referrals } = view;
  return { channel, startedAt, endedAt, summary, outcome, referrals };
}
