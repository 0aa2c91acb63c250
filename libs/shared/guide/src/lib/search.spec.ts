import { searchGuide, type GuideSearchHit } from './search';

/** Stable handle of a hit, e.g. `item:step-1.place-and-time`. */
const key = (hit: GuideSearchHit): string => {
  switch (hit.kind) {
    case 'section':
      return `section:${hit.section.id}`;
    case 'step':
      return `step:${hit.step.id}`;
    case 'item':
      return `item:${hit.item.id}`;
  }
};

const keys = (query: string, language: 'nl' | 'en'): string[] => searchGuide(query, language).map(key);

describe('searchGuide', () => {
  it('finds an invitation phrase in Dutch', () => {
    expect(keys('kopje koffie', 'nl')).toEqual(['item:step-1.place-and-time']);
  });

  it('finds the same phrase in English', () => {
    expect(keys('cup of coffee', 'en')).toEqual(['item:step-1.place-and-time']);
  });

  it('searches only the chosen language', () => {
    expect(keys('kopje koffie', 'en')).toEqual([]);
    expect(keys('cup of coffee', 'nl')).toEqual([]);
  });

  it('ignores case, accents and quote styles', () => {
    expect(keys('GECREEERD', 'nl')).toEqual(['item:step-1.learn-about-the-topic']);
    expect(keys("z'n gemakt", 'nl')).toEqual(['item:step-1.talk-to-a-confidant']);
  });

  it('requires every word, in any order', () => {
    expect(keys('proberen morgen opnieuw', 'nl')).toEqual(['item:step-2.explore-openly']);
    expect(keys('koffie politie', 'nl')).toEqual([]);
  });

  it('finds steps by their title and items by any of their text', () => {
    const hits = keys('vervolg', 'nl');
    expect(hits).toContain('step:step-5');
    expect(keys('risicosituaties', 'nl')).toEqual(['item:step-5.close-the-first-conversation']);
    expect(keys('Risicosignalen', 'nl')).toEqual(['item:step-6.peer-support-group']);
  });

  it('finds the introduction sections', () => {
    expect(keys('Sensoa', 'nl')).toEqual(['section:about-this-guide']);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(keys('', 'nl')).toEqual([]);
    expect(keys('   ', 'en')).toEqual([]);
    expect(keys('… ?', 'nl')).toEqual([]);
  });

  it('returns a short excerpt around the match', () => {
    const [hit] = searchGuide('kopje koffie', 'nl');
    expect(hit.excerpt).toContain('kopje koffie');
    expect(hit.excerpt.length).toBeLessThan(200);
    expect(hit.excerpt.startsWith('…')).toBe(true);
  });
});
