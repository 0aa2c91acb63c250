import { maskForRestore } from './restored-draft';

// Loaded the way the call screen loads it: on demand.
let detector: typeof import('@leidraad/shared/pseudonymisation');

describe('maskForRestore', () => {
  beforeAll(async () => {
    detector = await import('@leidraad/shared/pseudonymisation');
  });

  it('masks every direct identifier of a refused note and says where the placeholders are', () => {
    const restored = maskForRestore('Pieter Jansen belde vanaf 06-12345678 over zijn broer.', detector);
    expect(restored.text).toBe('[NAAM] belde vanaf [TELEFOON] over zijn broer.');
    expect(restored.masked.map((span) => restored.text.slice(span.start, span.end))).toEqual(['[NAAM]', '[TELEFOON]']);
    expect(detector.scan(restored.text).filter((finding) => finding.level === 'direct')).toEqual([]);
  });

  it('gives a note without identifiers back as it was', () => {
    expect(maskForRestore('Beller maakt zich zorgen om haar broer.', detector)).toEqual({
      text: 'Beller maakt zich zorgen om haar broer.',
      masked: [],
    });
  });
});
