import { MEETING_COUNT, meetingOrderErrors } from './group-rules';

const meeting = (startsAt: string) => ({ startsAt, themeId: 'risk-signals' as const });

describe('group rules', () => {
  it('takes the number of meetings from the guide (five)', () => {
    expect(MEETING_COUNT).toBe(5);
  });

  it('accepts meetings that follow each other', () => {
    expect(meetingOrderErrors([meeting('2027-03-01T19:00:00Z'), meeting('2027-03-08T19:00:00+01:00')])).toEqual([]);
  });

  it('names the meeting that does not start after the one before', () => {
    const errors = meetingOrderErrors([
      meeting('2027-03-08T19:00:00Z'),
      meeting('2027-03-15T19:00:00Z'),
      meeting('2027-03-15T20:00:00+01:00'),
    ]);
    expect(errors.map((error) => [error.field, error.code])).toEqual([['meetings[2].startsAt', 'not_after_previous']]);
  });
});
