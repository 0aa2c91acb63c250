import { usesRelativesGuide } from './guide-frame';

describe('which caller gets the relatives’ guide', () => {
  it('gives it to a relative, a friend and a professional, and not to the person worried about themselves', () => {
    expect(usesRelativesGuide('parent')).toBe(true);
    expect(usesRelativesGuide('partner')).toBe(true);
    expect(usesRelativesGuide('friend')).toBe(true);
    expect(usesRelativesGuide('professional')).toBe(true);
    expect(usesRelativesGuide('self')).toBe(false);
  });
});
