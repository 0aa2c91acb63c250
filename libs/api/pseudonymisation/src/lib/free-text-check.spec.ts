import { checkFreeText, parseConfirmations } from './free-text-check';

describe('checkFreeText', () => {
  it('refuses a phone number in a note as a direct identifier, with its span', () => {
    const text = 'Beller belde vanaf 06-12345678 en wil terugbellen.';
    const [finding] = checkFreeText([{ field: 'summary', text }], new Set());
    expect(finding).toMatchObject({ field: 'summary', category: 'phone', level: 'direct', code: 'direct_identifier' });
    expect(text.slice(finding.start, finding.end)).toContain('06-12345678');
  });

  it('lets a note without identifiers through', () => {
    expect(checkFreeText([{ field: 'summary', text: 'Beller maakt zich zorgen om haar broer (34).' }], new Set())).toEqual([]);
  });

  it('allows the helpline number and organisations the guide names', () => {
    expect(checkFreeText([{ field: 'summary', text: 'Verwezen naar de Waag; bel 0800 266 64 36 of 113.' }], new Set())).toEqual([]);
  });

  it('needs a confirmation for exactly the span of a quasi-identifier', () => {
    const text = 'Hij werkt bij Albert Heijn in de nachtploeg.';
    const [finding] = checkFreeText([{ field: 'note', text }], new Set());
    expect(finding.level).toBe('quasi');
    const exact = parseConfirmations(`note:${finding.start}-${finding.end}`);
    expect(checkFreeText([{ field: 'note', text }], exact)).toEqual([]);
    const otherSpan = parseConfirmations(`note:${finding.start}-${finding.end + 1}`);
    expect(checkFreeText([{ field: 'note', text }], otherSpan)).toHaveLength(1);
  });

  it('never lets a confirmation pass a direct identifier', () => {
    const text = 'Mail: jan@example.com';
    const [finding] = checkFreeText([{ field: 'note', text }], new Set());
    expect(checkFreeText([{ field: 'note', text }], parseConfirmations(`note:${finding.start}-${finding.end}`))).toHaveLength(1);
  });
});
