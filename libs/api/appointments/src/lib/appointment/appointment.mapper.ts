import { place, type FieldCipher } from '@leidraad/api/core';
import type { AppointmentPurpose, AppointmentStatus, AppointmentView, ContactChannel } from '@leidraad/shared/domain';

/** An appointment as `appointmentJson()` builds it. */
export interface AppointmentJson {
  id: string;
  caseId: string;
  caseCode: string;
  counsellorId: string;
  counsellorName: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  channel: ContactChannel;
  purpose: AppointmentPurpose;
  status: AppointmentStatus;
  contactId: string | null;
  cancelReason: string | null;
  rescheduledFromId: string | null;
  rescheduledToId: string | null;
  outsideHours: boolean;
  version: number;
  createdById: string;
  createdByName: string;
  createdAt: string;
  updatedAt: string;
}

const iso = (value: string): string => new Date(value).toISOString();

export function toAppointmentView(json: AppointmentJson, cipher: FieldCipher): AppointmentView {
  return {
    id: json.id,
    caseId: json.caseId,
    caseCode: json.caseCode,
    counsellor: { id: json.counsellorId, displayName: json.counsellorName },
    startsAt: iso(json.startsAt),
    endsAt: iso(json.endsAt),
    durationMinutes: json.durationMinutes,
    channel: json.channel,
    purpose: json.purpose,
    status: json.status,
    contactId: json.contactId,
    cancelReason:
      json.cancelReason === null
        ? null
        : cipher.decrypt(Buffer.from(json.cancelReason, 'base64'), place('appointment', 'cancel_reason', json.id)),
    rescheduledFromId: json.rescheduledFromId,
    rescheduledToId: json.rescheduledToId,
    outsideHours: json.outsideHours,
    version: json.version,
    createdBy: { id: json.createdById, displayName: json.createdByName },
    createdAt: iso(json.createdAt),
    updatedAt: iso(json.updatedAt),
  };
}
