import type { PeerGroupThemeId } from '@leidraad/shared/guide';

/**
 * The peer support group (lotgenotengroep) of step 6: types shared by the API and the web.
 * A group only ever shows case codes, never anything else about a case.
 */

export const PEER_GROUP_STATUSES = ['planned', 'running', 'finished', 'cancelled'] as const;
export type PeerGroupStatus = (typeof PEER_GROUP_STATUSES)[number];

export const PEER_GROUP_CAPACITY_MIN = 1;
export const PEER_GROUP_CAPACITY_MAX = 20;
/** The longest group name or location the API accepts. */
export const PEER_GROUP_TEXT_MAX = 120;

/** A referral is waiting, enrolled in a group, or withdrawn (no longer active). */
export const PEER_REFERRAL_STATUSES = ['waiting', 'enrolled', 'withdrawn'] as const;
export type PeerReferralStatus = (typeof PEER_REFERRAL_STATUSES)[number];

export const PEER_ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type PeerAttendanceStatus = (typeof PEER_ATTENDANCE_STATUSES)[number];

/** One meeting of a group: its number (1-based), when, and the guide's theme. */
export interface PeerGroupMeeting {
  number: number;
  startsAt: string;
  themeId: PeerGroupThemeId;
}

export interface PeerGroupSummary {
  id: string;
  name: string;
  location: string;
  capacity: number;
  enrolledCount: number;
  seatsLeft: number;
  status: PeerGroupStatus;
  meetings: PeerGroupMeeting[];
  version: number;
}

/** A case enrolled in a group: its code and its attendance per meeting (index 0 is meeting 1). */
export interface PeerGroupEnrolment {
  referralId: string;
  caseCode: string;
  enrolledAt: string;
  attendance: (PeerAttendanceStatus | null)[];
}

export interface PeerGroupView extends PeerGroupSummary {
  enrolments: PeerGroupEnrolment[];
}

/** One entry of the waiting list, in order of referral (position 1 is first). */
export interface PeerWaitingEntry {
  referralId: string;
  caseCode: string;
  referredAt: string;
  position: number;
}

/** A referral as the call screen sees it for one case. */
export interface PeerReferralView {
  id: string;
  caseCode: string;
  status: PeerReferralStatus;
  referredAt: string;
  /** On the waiting list: the place in the queue; otherwise null. */
  waitingPosition: number | null;
  group: { id: string; name: string } | null;
}

export interface NewPeerGroup {
  name: string;
  location: string;
  capacity: number;
  meetings: { startsAt: string; themeId: PeerGroupThemeId }[];
}

export interface PeerGroupUpdate extends NewPeerGroup {
  status: PeerGroupStatus;
  version: number;
}

export interface NewPeerReferral {
  caseCode: string;
  contactId: string;
}

export interface PeerAttendanceEntry {
  referralId: string;
  meeting: number;
  status: PeerAttendanceStatus;
}

/** Seats still free: never below zero, even if capacity was lowered under the enrolled count. */
export function seatsLeft(capacity: number, enrolledCount: number): number {
  return Math.max(0, capacity - enrolledCount);
}
