import { pdfDate } from './pdf-dates';

describe('pdfDate', () => {
  it('writes a review date like the print view, in Dutch and in English', () => {
    expect(pdfDate('2026-11-03', 'nl')).toBe('3 november 2026');
    expect(pdfDate('2026-11-03', 'en')).toBe('3 November 2026');
  });

  it("puts an instant on the helpline's calendar: late in the evening in Amsterdam is that day, not the UTC one", () => {
    expect(pdfDate('2026-03-28T23:30:00Z', 'nl')).toBe('29 maart 2026');
    expect(pdfDate('2026-06-30T22:30:00Z', 'en')).toBe('1 July 2026');
  });
});
