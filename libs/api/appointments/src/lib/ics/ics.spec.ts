import { escapeText, foldLine, formatUtc, serialiseCalendar } from './ics';

describe('the iCalendar writer', () => {
  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('writes UTC date-times in the basic format', () => {
    expect(formatUtc(new Date('2027-03-28T07:00:00.000Z'))).toBe('20270328T070000Z');
  });

  it('leaves a line of 75 octets alone and folds a longer one with CRLF and a space', () => {
    const exact = 'X'.repeat(75);
    expect(foldLine(exact)).toBe(exact);
    const folded = foldLine('Y'.repeat(160));
    const lines = folded.split('\r\n');
    expect(lines.map((line) => Buffer.byteLength(line))).toEqual([75, 75, 12]); // 75 + 74 + 11 characters;
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, index) => (index ? line.slice(1) : line)).join('')).toBe('Y'.repeat(160));
  });

  it('counts octets, not characters, and never splits a multi-byte character', () => {
    const text = 'é'.repeat(60); // 120 octets
    const lines = foldLine(text).split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.map((line, index) => (index ? line.slice(1) : line)).join('')).toBe(text);
  });

  it('ends every line with CRLF and wraps events in one calendar', () => {
    const ics = serialiseCalendar({
      productId: '-//Test//NL',
      name: 'Agenda',
      events: [
        {
          uid: 'a@test',
          stamp: new Date('2027-01-01T00:00:00Z'),
          start: new Date('2027-03-29T07:00:00Z'),
          end: new Date('2027-03-29T07:30:00Z'),
          summary: 'Vervolggesprek, telefoon',
          categories: ['follow_up', 'phone'],
        },
      ],
    });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Test//NL',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Agenda',
      'BEGIN:VEVENT',
      'UID:a@test',
      'DTSTAMP:20270101T000000Z',
      'DTSTART:20270329T070000Z',
      'DTEND:20270329T073000Z',
      'SUMMARY:Vervolggesprek\\, telefoon',
      'CATEGORIES:follow_up,phone',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });
});
