import { keepingPreferences } from './preferences';

describe('keepingPreferences', () => {
  beforeEach(() => localStorage.clear());

  it('puts the language and tour flags back after a wipe, and nothing else', async () => {
    localStorage.setItem('leidraad.language', 'en');
    localStorage.setItem('leidraad.tour.call.seen.3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f', '1');
    localStorage.setItem('leidraad.draft.1', 'oude notitie');
    localStorage.setItem('iets.anders', 'x');
    await keepingPreferences(async () => localStorage.clear());
    expect(Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)]))).toEqual({
      'leidraad.language': 'en',
      'leidraad.tour.call.seen.3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f': '1',
    });
  });

  it('puts them back when the request fails too', async () => {
    localStorage.setItem('leidraad.language', 'en');
    await expect(
      keepingPreferences(async () => {
        localStorage.clear();
        throw new Error('offline');
      }),
    ).rejects.toThrow('offline');
    expect(localStorage.getItem('leidraad.language')).toBe('en');
  });
});
