import { seatsLeft, type NewPeerGroup, type PeerGroupSummary, type PeerReferralView, type PeerWaitingEntry } from '@leidraad/shared/domain';
import { findItem, type GuideEntry, type Language, type PeerGroupThemeId } from '@leidraad/shared/guide';

/** The step-6 item that describes the peer support group, straight from the guide. */
const PEER_SUPPORT = findItem('step-6.peer-support-group')?.peerSupportGroup;

/** The guide's number of meetings (five). */
export const MEETING_COUNT = PEER_SUPPORT?.meetingCount ?? 5;

/** The guide's themes, in the guide's order. */
export const PEER_THEMES: readonly GuideEntry<PeerGroupThemeId>[] = PEER_SUPPORT?.themes.entries ?? [];

/** A theme's text in the given language, as the guide words it (the id when unknown). */
export function themeText(themeId: string, language: Language): string {
  return PEER_THEMES.find((theme) => theme.id === themeId)?.text[language] ?? themeId;
}

/** Seats left in a group, never below zero. */
export function seatsLeftIn(group: Pick<PeerGroupSummary, 'capacity' | 'enrolledCount'>): number {
  return seatsLeft(group.capacity, group.enrolledCount);
}

/** Groups a waiting referral can go into: planned or running, with a seat left. */
export function openGroups(groups: readonly PeerGroupSummary[]): PeerGroupSummary[] {
  return groups.filter((group) => (group.status === 'planned' || group.status === 'running') && seatsLeftIn(group) > 0);
}

/** The waiting list in order of referral: by position, then referral time (whatever order it came in). */
export function waitingInOrder(entries: readonly PeerWaitingEntry[]): PeerWaitingEntry[] {
  return [...entries].sort((a, b) => a.position - b.position || a.referredAt.localeCompare(b.referredAt));
}

/** What the call screen's button shows for a case. */
export type ReferralState =
  | { kind: 'none' }
  | { kind: 'waiting'; referralId: string; position: number | null }
  | { kind: 'enrolled'; referralId: string; groupName: string };

/** The state of a case from its referrals (newest first; withdrawn ones do not count). */
export function referralState(referrals: readonly PeerReferralView[]): ReferralState {
  const active = referrals.find((referral) => referral.status !== 'withdrawn');
  if (!active) return { kind: 'none' };
  if (active.status === 'enrolled' && active.group) {
    return { kind: 'enrolled', referralId: active.id, groupName: active.group.name };
  }
  return { kind: 'waiting', referralId: active.id, position: active.waitingPosition };
}

/** What the create form holds: meetings as local date-times (`2027-03-01T19:00`, the browser's zone). */
export interface GroupFormValue {
  name: string;
  location: string;
  capacity: number;
  meetings: { startsAt: string; themeId: string }[];
}

/** The request body for a new group; local times become instants with an offset. */
export function toNewGroup(value: GroupFormValue): NewPeerGroup {
  return {
    name: value.name.trim(),
    location: value.location.trim(),
    capacity: value.capacity,
    meetings: value.meetings.map((meeting) => ({
      startsAt: new Date(meeting.startsAt).toISOString(),
      themeId: meeting.themeId as PeerGroupThemeId,
    })),
  };
}

/** Index of the first meeting that does not start after the previous one, or -1. */
export function firstMeetingOutOfOrder(meetings: readonly { startsAt: string }[]): number {
  for (let index = 1; index < meetings.length; index++) {
    const previous = Date.parse(meetings[index - 1].startsAt);
    const current = Date.parse(meetings[index].startsAt);
    if (!Number.isNaN(previous) && !Number.isNaN(current) && current <= previous) return index;
  }
  return -1;
}
