import type { AppointmentView } from '@leidraad/shared/domain';
import { dropTarget, gridHours, groupSlotsByDay, placeDay, teamRows } from './agenda-layout';

let counter = 0;
function appointment(startsAt: string, durationMinutes = 30, extra: Partial<AppointmentView> = {}): AppointmentView {
  counter += 1;
  const ends = new Date(Date.parse(startsAt) + durationMinutes * 60_000).toISOString();
  return {
    id: `a${counter}`,
    caseId: 'c1',
    caseCode: 'K7QF-3M9X-T',
    counsellor: { id: 's1', displayName: 'Anna' },
    startsAt,
    endsAt: ends,
    durationMinutes,
    channel: 'phone',
    purpose: 'follow_up',
    status: 'planned',
    contactId: null,
    cancelReason: null,
    rescheduledFromId: null,
    rescheduledToId: null,
    outsideHours: false,
    version: 1,
    createdBy: { id: 's1', displayName: 'Anna' },
    createdAt: startsAt,
    updatedAt: startsAt,
    ...extra,
  };
}

const WEEK = ['2027-06-07', '2027-06-08', '2027-06-09', '2027-06-10', '2027-06-11', '2027-06-12', '2027-06-13'];

describe('the agenda grid', () => {
  it('shows the working hours, 09–17 by default', () => {
    expect(gridHours(WEEK, [])).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
  });

  it('widens the hours to an appointment booked outside them', () => {
    // 18:30–19:30 Dutch summer time.
    const late = appointment('2027-06-08T16:30:00Z', 60);
    expect(gridHours(WEEK, [late])).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('uses the counsellor’s own hours for the weekdays shown', () => {
    const hours = gridHours(
      ['2027-06-08'],
      [],
      [
        { weekday: 2, start: '10:00', end: '12:30' },
        { weekday: 3, start: '08:00', end: '18:00' },
      ],
    );
    expect(hours).toEqual([10, 11, 12]);
  });

  it('places an appointment by its Dutch time from the first grid hour', () => {
    const [placed] = placeDay('2027-06-08', [appointment('2027-06-08T08:15:00Z', 45)], 9);
    expect(placed).toMatchObject({ top: 75, height: 45, lane: 0, lanes: 1 });
  });

  it('puts overlapping appointments side by side and the rest full width', () => {
    const a = appointment('2027-06-08T07:00:00Z', 60);
    const b = appointment('2027-06-08T07:30:00Z', 30, { status: 'done' });
    const c = appointment('2027-06-08T10:00:00Z', 30);
    const placed = placeDay('2027-06-08', [c, b, a], 9);
    expect(placed.map((p) => [p.appointment.id, p.lane, p.lanes])).toEqual([
      [a.id, 0, 2],
      [b.id, 1, 2],
      [c.id, 0, 1],
    ]);
  });

  it('leaves out appointments of other days', () => {
    expect(placeDay('2027-06-09', [appointment('2027-06-08T08:00:00Z')], 9)).toEqual([]);
  });

  it('builds team rows per counsellor by name, a cell per day in time order', () => {
    const bert = { id: 's2', displayName: 'Bert' };
    const rows = teamRows(WEEK, [
      appointment('2027-06-09T09:00:00Z', 30, { counsellor: bert }),
      appointment('2027-06-09T08:00:00Z', 30, { counsellor: bert }),
      appointment('2027-06-07T08:00:00Z'),
    ]);
    expect(rows.map((row) => row.counsellor.displayName)).toEqual(['Anna', 'Bert']);
    expect(rows[1].cells[2].map((item) => item.startsAt)).toEqual(['2027-06-09T08:00:00Z', '2027-06-09T09:00:00Z']);
    expect(rows[0].cells[0]).toHaveLength(1);
  });

  it('groups suggested slots by their Dutch day', () => {
    const slot = (startsAt: string) => ({ startsAt, endsAt: startsAt });
    const groups = groupSlotsByDay([slot('2027-03-26T15:00:00Z'), slot('2027-03-26T15:30:00Z'), slot('2027-03-29T07:00:00Z')]);
    expect(groups.map((g) => [g.date, g.slots.length])).toEqual([
      ['2027-03-26', 2],
      ['2027-03-29', 1],
    ]);
  });
});

describe('where a drag lands', () => {
  const start = '2027-06-08T07:00:00Z'; // Tuesday 09:00
  it('snaps the vertical distance to 15 minutes', () => {
    expect(dropTarget(start, 30, { x: 0, y: 2 * 50 }, 2, 100, WEEK)).toBe('2027-06-08T09:45');
    expect(dropTarget(start, 30, { x: 0, y: -2 * 22 }, 2, 100, WEEK)).toBe('2027-06-08T08:45');
  });

  it('moves whole days with the horizontal distance, staying within the week shown', () => {
    expect(dropTarget(start, 30, { x: 160, y: 0 }, 2, 100, WEEK)).toBe('2027-06-10T09:00');
    expect(dropTarget(start, 30, { x: -900, y: 0 }, 2, 100, WEEK)).toBe('2027-06-07T09:00');
  });

  it('keeps the appointment within the day and says when nothing moves', () => {
    expect(dropTarget(start, 60, { x: 0, y: 2 * 2000 }, 2, 100, WEEK)).toBe('2027-06-08T23:00');
    expect(dropTarget(start, 30, { x: 20, y: 5 }, 2, 100, WEEK)).toBeNull();
  });
});
