import { DEFAULT_TIME_ZONE } from '@leidraad/shared/domain';
import { pdfDate } from './pdf-dates';

describe('pdfDate', () => {
  it('writes a review date like the print view, in Dutch and in English, whatever the zone', () => {
    expect(pdfDate('2026-11-03', 'nl', DEFAULT_TIME_ZONE)).toBe('3 november 2026');
    expect(pdfDate('2026-11-03', 'en', DEFAULT_TIME_ZONE)).toBe('3 November 2026');
    expect(pdfDate('2026-11-03', 'en', 'America/New_York')).toBe('3 November 2026');
  });

  it("puts an instant on the helpline's calendar: late in the evening in Amsterdam is that day, not the UTC one", () => {
    expect(pdfDate('2026-03-28T23:30:00Z', 'nl', DEFAULT_TIME_ZONE)).toBe('29 maart 2026');
    expect(pdfDate('2026-06-30T22:30:00Z', 'en', DEFAULT_TIME_ZONE)).toBe('1 July 2026');
  });

  it("uses the helpline's own zone: the same instants are a day earlier in London and New York", () => {
    expect(pdfDate('2026-03-28T23:30:00Z', 'en', 'Europe/London')).toBe('28 March 2026');
    expect(pdfDate('2026-07-01T02:30:00Z', 'en', 'America/New_York')).toBe('30 June 2026');
  });
});
