import { registerLocaleData } from '@angular/common';
import localeEnGb from '@angular/common/locales/en-GB';
import localeNl from '@angular/common/locales/nl';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
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

  it('shows nothing for a missing date', () => {
    expect(TestBed.inject(LocalDatePipe).transform(null)).toBe('');
  });
});
