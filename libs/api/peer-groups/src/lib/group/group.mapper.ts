import { place, type FieldCipher } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import {
  seatsLeft,
  type PeerAttendanceStatus,
  type PeerGroupEnrolment,
  type PeerGroupStatus,
  type PeerGroupSummary,
} from '@leidraad/shared/domain';
import type { PeerGroupThemeId } from '@leidraad/shared/guide';
import { MEETING_COUNT } from './group-rules';

/** A row of `GROUP_COLUMNS`. */
export interface GroupRow {
  id: string;
  name: Buffer;
  location: Buffer;
  capacity: number;
  status: PeerGroupStatus;
  version: number;
  enrolled_count: number;
  meetings: { number: number; startsAt: string; themeId: PeerGroupThemeId }[];
}

/** A row of `ENROLMENTS_SQL`. */
export interface EnrolmentRow {
  referral_id: string;
  code: string;
  enrolled_at: Date;
  attendance: { meeting: number; status: PeerAttendanceStatus }[];
}

export function toGroupSummary(row: GroupRow, cipher: FieldCipher): PeerGroupSummary {
  return {
    id: row.id,
    name: cipher.decrypt(row.name, place('peer_group', 'name', row.id)),
    location: cipher.decrypt(row.location, place('peer_group', 'location', row.id)),
    capacity: row.capacity,
    enrolledCount: row.enrolled_count,
    seatsLeft: seatsLeft(row.capacity, row.enrolled_count),
    status: row.status,
    meetings: row.meetings.map((meeting) => ({
      number: meeting.number,
      startsAt: new Date(meeting.startsAt).toISOString(),
      themeId: meeting.themeId,
    })),
    version: row.version,
  };
}

/** An enrolled case: its code and nothing else of the case. */
export function toEnrolment(row: EnrolmentRow): PeerGroupEnrolment {
  const attendance: (PeerAttendanceStatus | null)[] = Array.from({ length: MEETING_COUNT }, () => null);
  for (const entry of row.attendance) attendance[entry.meeting - 1] = entry.status;
  return {
    referralId: row.referral_id,
    caseCode: formatCaseCode(row.code),
    enrolledAt: row.enrolled_at.toISOString(),
    attendance,
  };
}
