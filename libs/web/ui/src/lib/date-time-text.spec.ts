import {
  formatDateText,
  formatDateTimeText,
  formatLocalDateTimeText,
  formatTimeText,
  parseDateText,
  parseDateTimeText,
  parseLocalDateTimeText,
  parseTimeText,
  stepDate,
  stepTime,
} from './date-time-text';

describe('date and time as written text', () => {
  it('writes an instant in Dutch or English order on a 24-hour clock, in Amsterdam time', () => {
    expect(formatDateTimeText('2026-12-06T20:15:00Z', 'nl')).toBe('06-12-2026 21:15');
    expect(formatDateTimeText('2026-07-01T13:05:00Z', 'en')).toBe('01/07/2026 15:05');
    expect(formatDateTimeText(null, 'nl')).toBe('');
  });

  it('reads what a counsellor types back as the same instant, in winter and in summer', () => {
    expect(parseDateTimeText('06-12-2026 21:15')).toBe('2026-12-06T20:15:00.000Z');
    expect(parseDateTimeText('1/7/2026 15.05')).toBe('2026-07-01T13:05:00.000Z');
    expect(parseDateTimeText('1 juli 2026 1505')).toBe('2026-07-01T13:05:00.000Z');
    expect(parseDateTimeText('  ')).toBeNull();
  });

  it('refuses what is not a real date and time', () => {
    for (const text of ['31-02-2026 10:00', '06-13-2026 10:00', '06-12-2026 24:00', '6 december', '2026-12-06T10:00', '06-12-2026']) {
      expect(parseDateTimeText(text)).toBeUndefined();
    }
  });
});

describe('a date as written text', () => {
  it('writes YYYY-MM-DD day first, with the language’s separator', () => {
    expect(formatDateText('2026-12-17', 'nl')).toBe('17-12-2026');
    expect(formatDateText('2026-12-17', 'en')).toBe('17/12/2026');
    expect(formatDateText('', 'nl')).toBe('');
    expect(formatDateText('17-12-2026', 'nl')).toBe('');
  });

  it('reads the ways people type a date', () => {
    const typed: [string, string][] = [
      ['17-12-2026', '2026-12-17'],
      ['1-2-2027', '2027-02-01'],
      ['01.02.2027', '2027-02-01'],
      ['1/2/2027', '2027-02-01'],
      [' 1 - 2 - 2027 ', '2027-02-01'],
      ['1 feb 2027', '2027-02-01'],
      ['1 februari 2027', '2027-02-01'],
      ['1 February 2027', '2027-02-01'],
      ['3 mrt 2027', '2027-03-03'],
      ['3 maa. 2027', '2027-03-03'],
      ['15 mei 2027', '2027-05-15'],
      ['15 May 2027', '2027-05-15'],
      ['1 okt 2027', '2027-10-01'],
      ['1-sept-2027', '2027-09-01'],
      ['29-02-2028', '2028-02-29'],
    ];
    for (const [text, date] of typed) expect([text, parseDateText(text)]).toEqual([text, date]);
    expect(parseDateText('')).toBeNull();
  });

  it('refuses what is not a real day, and does not guess', () => {
    for (const text of [
      '29-02-2027',
      '32-01-2027',
      '1-13-2027',
      '0-1-2027',
      '1-2-27',
      '2027-02-01',
      '1 ju 2027',
      '1 foo 2027',
      'morgen',
      '1-2-0027',
    ]) {
      expect([text, parseDateText(text)]).toEqual([text, undefined]);
    }
  });
});

describe('a time as written text', () => {
  it('writes HH:mm on a 24-hour clock', () => {
    expect(formatTimeText('14:30')).toBe('14:30');
    expect(formatTimeText('09:05:00')).toBe('09:05');
    expect(formatTimeText('')).toBe('');
  });

  it('reads the ways people type a time', () => {
    const typed: [string, string][] = [
      ['14:30', '14:30'],
      ['9:30', '09:30'],
      ['9.30', '09:30'],
      ['930', '09:30'],
      ['0930', '09:30'],
      ['1430', '14:30'],
      ['9', '09:00'],
      ['14u30', '14:30'],
      ['0:00', '00:00'],
      ['23:59', '23:59'],
    ];
    for (const [text, time] of typed) expect([text, parseTimeText(text)]).toEqual([text, time]);
    expect(parseTimeText(' ')).toBeNull();
  });

  it('refuses what is not a time on a 24-hour clock', () => {
    for (const text of ['24:00', '9:60', '2:30 pm', '12345', '9:3', 'half tien']) {
      expect([text, parseTimeText(text)]).toEqual([text, undefined]);
    }
  });
});

describe('a wall time as written text', () => {
  it('writes and reads YYYY-MM-DDTHH:mm as datetime-local gives it', () => {
    expect(formatLocalDateTimeText('2027-03-01T19:00', 'nl')).toBe('01-03-2027 19:00');
    expect(formatLocalDateTimeText('2027-03-01T19:00', 'en')).toBe('01/03/2027 19:00');
    expect(parseLocalDateTimeText('1-3-2027 19:00')).toBe('2027-03-01T19:00');
    expect(parseLocalDateTimeText('1 maart 2027, 1900')).toBe('2027-03-01T19:00');
    expect(parseLocalDateTimeText('1-3-2027')).toBeUndefined();
  });
});

describe('stepping with the arrow keys', () => {
  it('moves a date by days across months and years', () => {
    expect(stepDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(stepDate('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('moves a time onto the next or previous step, round the clock', () => {
    expect(stepTime('09:30', 5)).toBe('09:35');
    expect(stepTime('09:32', 5)).toBe('09:35');
    expect(stepTime('09:32', -5)).toBe('09:30');
    expect(stepTime('09:30', -5)).toBe('09:25');
    expect(stepTime('23:55', 5)).toBe('00:00');
    expect(stepTime('00:00', -5)).toBe('23:55');
  });
});
