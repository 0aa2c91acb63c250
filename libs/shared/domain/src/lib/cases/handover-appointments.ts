import type { AppointmentPurpose } from '../appointments';
import type { StaffRef } from './case';
import type { ContactChannel } from './contact';

/** What a handover does with the case's coming appointments held by the one who has the case now. */
export const HANDOVER_APPOINTMENT_CHOICES = ['move', 'keep'] as const;
export type HandoverAppointmentChoice = (typeof HANDOVER_APPOINTMENT_CHOICES)[number];

/** A coming appointment of the case, checked against the new counsellor's agenda. */
export interface HandoverAppointment {
  id: string;
  startsAt: string;
  endsAt: string;
  channel: ContactChannel;
  purpose: AppointmentPurpose;
  /** Who holds it now. */
  counsellor: StaffRef;
  /** The new counsellor's planned appointment in the way (times only: it may be another case). */
  conflict: { startsAt: string; endsAt: string } | null;
}

/** `GET /api/cases/{id}/handovers/appointments?toStaffId=`: what moving the appointments would do. */
export interface HandoverAppointmentCheck {
  to: StaffRef;
  appointments: HandoverAppointment[];
}

/**
 * `GET /api/cases/{id}/handed-over`: for the staff member who passed a case on (and can no longer
 * open it), to whom and when — nothing of its content. Null while they can still open it.
 */
export interface CaseHandedOver {
  handedOver: { to: StaffRef; at: string } | null;
}
