import { DEFAULT_TIME_ZONE } from '@leidraad/shared/domain';
import { useHelplineTimeZone } from '@leidraad/web/ui';
import { addDays, instantOfLocal, isoWeekday, localParts, mondayOf, rangeOfDays, shiftLocalStart, todayLocal } from './agenda-time';

describe('Dutch wall time in the browser', () => {
  it('reads an instant as Dutch local time in winter and in summer', () => {
    expect(localParts('2027-11-01T08:00:00Z')).toEqual({ date: '2027-11-01', time: '09:00', minutes: 540 });
    expect(localParts('2027-03-29T07:00:00Z')).toEqual({ date: '2027-03-29', time: '09:00', minutes: 540 });
  });

  it('puts late UTC evenings on the next Dutch day', () => {
    expect(localParts('2027-06-07T22:30:00Z').date).toBe('2027-06-08');
    expect(todayLocal(new Date('2027-01-04T23:30:00Z'))).toBe('2027-01-05');
  });

  it('finds the instant of a Dutch wall time across both clock changes', () => {
    expect(instantOfLocal('2027-03-29', '09:00')?.toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(instantOfLocal('2027-11-01', '09:00')?.toISOString()).toBe('2027-11-01T08:00:00.000Z');
  });

  it('has no instant for 02:30 on the spring-change Sunday, and takes the first 02:30 in autumn', () => {
    expect(instantOfLocal('2027-03-28', '02:30')).toBeNull();
    expect(instantOfLocal('2027-10-31', '02:30')?.toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('gives a 23-hour range for the spring-change day and a 25-hour one in autumn', () => {
    const spring = rangeOfDays('2027-03-28', 1);
    expect(spring).toEqual({ from: '2027-03-27T23:00:00.000Z', to: '2027-03-28T22:00:00.000Z' });
    const autumn = rangeOfDays('2027-10-31', 1);
    expect(Date.parse(autumn.to) - Date.parse(autumn.from)).toBe(25 * 3_600_000);
  });

  it('does calendar arithmetic on local dates, across months and years', () => {
    expect(addDays('2027-12-30', 3)).toBe('2028-01-02');
    expect(isoWeekday('2027-03-28')).toBe(7);
    expect(mondayOf('2027-03-28')).toBe('2027-03-22');
    expect(mondayOf('2027-03-29')).toBe('2027-03-29');
  });

  it('shifts a start by wall-clock minutes and days, carrying over midnight', () => {
    expect(shiftLocalStart('2027-03-29T07:00:00Z', 0, 30)).toBe('2027-03-29T09:30');
    expect(shiftLocalStart('2027-03-29T07:00:00Z', 0, -15)).toBe('2027-03-29T08:45');
    expect(shiftLocalStart('2027-06-07T21:45:00Z', 0, 30)).toBe('2027-06-08T00:15');
    // Friday before the spring change to the Monday after keeps 09:00 on the wall.
    expect(shiftLocalStart('2027-03-26T08:00:00Z', 3, 0)).toBe('2027-03-29T09:00');
  });
});

describe("another helpline's wall time (New York)", () => {
  beforeEach(() => useHelplineTimeZone('America/New_York'));
  afterEach(() => useHelplineTimeZone(DEFAULT_TIME_ZONE));

  it('reads an instant as New York local time, the day before where Amsterdam is already on the next', () => {
    expect(localParts('2026-04-01T02:30:00Z')).toEqual({ date: '2026-03-31', time: '22:30', minutes: 1350 });
    expect(todayLocal(new Date('2027-01-05T03:30:00Z'))).toBe('2027-01-04');
  });

  it('finds the instant of a wall time across its own clock changes (8 March and 1 November 2026)', () => {
    expect(instantOfLocal('2026-03-09', '09:00')?.toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(instantOfLocal('2026-11-02', '09:00')?.toISOString()).toBe('2026-11-02T14:00:00.000Z');
    expect(instantOfLocal('2026-03-08', '02:30')).toBeNull();
    // 01:30 on 1 November happens twice: the first is summer time (UTC-4).
    expect(instantOfLocal('2026-11-01', '01:30')?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('gives its own 23-hour spring day', () => {
    expect(rangeOfDays('2026-03-08', 1)).toEqual({ from: '2026-03-08T05:00:00.000Z', to: '2026-03-09T04:00:00.000Z' });
  });

  it('handles a zone with a half-hour offset (Kolkata, +05:30)', () => {
    useHelplineTimeZone('Asia/Kolkata');
    expect(localParts('2026-06-30T19:00:00Z')).toEqual({ date: '2026-07-01', time: '00:30', minutes: 30 });
    expect(instantOfLocal('2026-07-01', '00:30')?.toISOString()).toBe('2026-06-30T19:00:00.000Z');
  });
});
