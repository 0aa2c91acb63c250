import { registerLocaleData } from '@angular/common';
import localeEnGb from '@angular/common/locales/en-GB';
import localeNl from '@angular/common/locales/nl';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { DEFAULT_TIME_ZONE } from '@leidraad/shared/domain';
import { helplineTimeZone, helplineTodayHere, useHelplineTimeZone } from './helpline-time-zone';
import { LocalDatePipe } from './local-date.pipe';

describe('LocalDatePipe', () => {
  let language = 'nl';
  beforeAll(() => {
    registerLocaleData(localeNl, 'nl');
    registerLocaleData(localeEnGb, 'en-GB');
  });
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [LocalDatePipe, { provide: TranslocoService, useValue: { getActiveLang: () => language } }],
    });
  });

  it('writes month names in the chosen language', () => {
    const pipe = TestBed.inject(LocalDatePipe);
    const date = new Date('2026-11-26T13:05:00Z');
    language = 'nl';
    expect(pipe.transform(date, 'd MMMM y')).toBe('26 november 2026');
    language = 'en';
    expect(pipe.transform(date, 'd MMMM y')).toBe('26 November 2026');
  });

  it("shows the time in Amsterdam, winter and summer, whatever the computer's time zone", () => {
    const pipe = TestBed.inject(LocalDatePipe);
    language = 'nl';
    expect(pipe.transform('2026-11-26T13:05:00Z', 'HH:mm')).toBe('14:05');
    expect(pipe.transform('2027-07-01T13:05:00Z', 'HH:mm')).toBe('15:05');
    expect(pipe.transform('2027-03-28T00:59:00Z', 'HH:mm')).toBe('01:59');
    expect(pipe.transform('2027-03-28T01:00:00Z', 'HH:mm')).toBe('03:00');
  });

  it("shows another helpline's time in its own zone (London), and its date", () => {
    const pipe = TestBed.inject(LocalDatePipe);
    useHelplineTimeZone('Europe/London');
    try {
      expect(pipe.transform('2026-11-26T13:05:00Z', 'HH:mm')).toBe('13:05');
      expect(pipe.transform('2026-03-31T23:30:00Z', 'd MMM HH:mm')).toBe('1 apr 00:30');
      expect(helplineTodayHere(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    } finally {
      useHelplineTimeZone(DEFAULT_TIME_ZONE);
    }
    expect(pipe.transform('2026-11-26T13:05:00Z', 'HH:mm')).toBe('14:05');
  });

  it('keeps the last good zone when given one the browser does not know', () => {
    useHelplineTimeZone('Europe/Atlantis');
    expect(helplineTimeZone()).toBe(DEFAULT_TIME_ZONE);
  });

  it('shows nothing for a missing date', () => {
    expect(TestBed.inject(LocalDatePipe).transform(null)).toBe('');
  });
});
