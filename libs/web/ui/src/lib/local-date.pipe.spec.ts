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
    const date = new Date(2026, 10, 26, 14, 5);
    language = 'nl';
    expect(pipe.transform(date, 'd MMMM y')).toBe('26 november 2026');
    language = 'en';
    expect(pipe.transform(date, 'd MMMM y')).toBe('26 November 2026');
  });

  it('shows nothing for a missing date', () => {
    expect(TestBed.inject(LocalDatePipe).transform(null)).toBe('');
  });
});
