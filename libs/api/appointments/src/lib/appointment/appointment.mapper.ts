import { iso, place, type FieldCipher } from '@leidraad/api/core';
import type { AppointmentView } from '@leidraad/shared/domain';

/** An appointment as `appointmentJson()` builds it: the view, with the two staff members as id and name. */
export type AppointmentJson = Omit<AppointmentView, 'counsellor' | 'createdBy'> & {
  counsellorId: string;
  counsellorName: string;
  createdById: string;
  createdByName: string;
};

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
