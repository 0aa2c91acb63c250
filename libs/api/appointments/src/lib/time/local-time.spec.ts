import { addDays, compatibleInstant, localDateOf, offsetAt, parseLocalDateTime, resolveLocal, weekdayOf } from './local-time';

const AMS = 'Europe/Amsterdam';
const at = (iso: string): number => Date.parse(iso);

describe('Dutch local time', () => {
  it('knows winter time is UTC+1 and summer time UTC+2', () => {
    expect(offsetAt(at('2027-01-15T12:00:00Z'), AMS)).toBe(3_600_000);
    expect(offsetAt(at('2027-07-15T12:00:00Z'), AMS)).toBe(7_200_000);
  });

  it('maps 09:00 on the last Sunday of March 2027 to 07:00Z (summer time has begun)', () => {
    expect(resolveLocal({ year: 2027, month: 3, day: 28, hour: 9, minute: 0 }, AMS)).toEqual({
      kind: 'exact',
      instant: at('2027-03-28T07:00:00Z'),
    });
  });

  it('finds no instant for 02:30 in the spring-forward hour, and shifts it to 03:30 when asked to', () => {
    const local = { year: 2027, month: 3, day: 28, hour: 2, minute: 30 };
    expect(resolveLocal(local, AMS)).toEqual({ kind: 'nonexistent', shifted: at('2027-03-28T01:30:00Z') });
    expect(compatibleInstant(local, AMS)).toBe(at('2027-03-28T01:30:00Z'));
  });

  it('finds two instants for 02:30 in the autumn hour, summer time first', () => {
    const local = { year: 2027, month: 10, day: 31, hour: 2, minute: 30 };
    expect(resolveLocal(local, AMS)).toEqual({
      kind: 'ambiguous',
      earlier: at('2027-10-31T00:30:00Z'),
      later: at('2027-10-31T01:30:00Z'),
    });
    expect(compatibleInstant(local, AMS)).toBe(at('2027-10-31T00:30:00Z'));
  });

  it("works in another helpline's zone: New York's own clock changes and dates", () => {
    const NY = 'America/New_York';
    expect(offsetAt(at('2026-07-15T12:00:00Z'), NY)).toBe(-4 * 3_600_000);
    expect(resolveLocal({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, NY).kind).toBe('nonexistent');
    expect(resolveLocal({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, NY)).toEqual({
      kind: 'ambiguous',
      earlier: at('2026-11-01T05:30:00Z'),
      later: at('2026-11-01T06:30:00Z'),
    });
    expect(localDateOf(at('2026-04-01T02:30:00Z'), NY)).toBe('2026-03-31');
    expect(localDateOf(at('2026-04-01T02:30:00Z'), AMS)).toBe('2026-04-01');
  });

  it('parses local date-times and refuses impossible ones', () => {
    expect(parseLocalDateTime('2027-03-28T09:30')).toEqual({ year: 2027, month: 3, day: 28, hour: 9, minute: 30 });
    expect(parseLocalDateTime('2027-02-29T09:30')).toBeNull();
    expect(parseLocalDateTime('2027-03-28T24:00')).toBeNull();
    expect(parseLocalDateTime('2027-03-28T09:30:15')).toBeNull();
  });

  it('does date arithmetic on local dates across month ends and weekdays', () => {
    expect(addDays('2027-03-31', 1)).toBe('2027-04-01');
    expect(weekdayOf('2027-03-28')).toBe(7);
    expect(weekdayOf('2027-03-29')).toBe(1);
    expect(localDateOf(at('2027-03-28T23:30:00Z'), AMS)).toBe('2027-03-29');
  });
});
