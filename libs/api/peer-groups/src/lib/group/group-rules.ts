import { DomainError } from '@leidraad/api/core';
import { findItem, type PeerGroupThemeId } from '@leidraad/shared/guide';
import type { FieldError } from '@leidraad/shared/domain';

/** How many meetings a group has: the guide's number (step 6 announces five). */
export const MEETING_COUNT = findItem('step-6.peer-support-group')?.peerSupportGroup?.meetingCount ?? 5;

export interface MeetingInput {
  startsAt: string;
  themeId: PeerGroupThemeId;
}

/**
 * Meetings follow each other: each starts after the one before. Returns the fields in the
 * way (`meetings[1].startsAt`), empty when the series is in order.
 */
export function meetingOrderErrors(meetings: readonly MeetingInput[]): FieldError[] {
  const errors: FieldError[] = [];
  for (let index = 1; index < meetings.length; index++) {
    if (Date.parse(meetings[index].startsAt) <= Date.parse(meetings[index - 1].startsAt)) {
      errors.push({
        field: `meetings[${index}].startsAt`,
        code: 'not_after_previous',
        message: `meeting ${index + 1} must start after meeting ${index}`,
      });
    }
  }
  return errors;
}

export function assertMeetingsInOrder(meetings: readonly MeetingInput[]): void {
  const errors = meetingOrderErrors(meetings);
  if (errors.length > 0) {
    throw new DomainError('unprocessable', 'The meetings must follow each other in time.', errors);
  }
}
