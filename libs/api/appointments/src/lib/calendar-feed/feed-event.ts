import type { AppointmentPurpose, ContactChannel } from '@leidraad/shared/domain';
import type { IcsEvent } from '../ics/ics';

/** Dutch labels: the feed is read in a counsellor's own calendar app, outside Transloco. */
const PURPOSE_LABELS: Record<AppointmentPurpose, string> = {
  follow_up: 'Vervolggesprek',
  safety_plan_evaluation: 'Evaluatie veiligheidsplan',
  debrief: 'Nagesprek',
};
const CHANNEL_LABELS: Record<ContactChannel, string> = {
  phone: 'telefoon',
  chat: 'chat',
  email: 'e-mail',
};

/** One appointment as a feed event: time, channel, purpose and case code — nothing else. */
export function feedEvent(appointment: {
  id: string;
  start: Date;
  end: Date;
  updatedAt: Date;
  channel: ContactChannel;
  purpose: AppointmentPurpose;
  caseCode: string;
}): IcsEvent {
  return {
    uid: `${appointment.id}@leidraad`,
    stamp: appointment.updatedAt,
    start: appointment.start,
    end: appointment.end,
    summary: `${PURPOSE_LABELS[appointment.purpose]} (${CHANNEL_LABELS[appointment.channel]}) ${appointment.caseCode}`,
    categories: [appointment.purpose, appointment.channel],
  };
}
