import { CATEGORY_INFO, PII_CATEGORIES, isPiiCategory, levelOf } from './categories';

describe('CATEGORY_INFO', () => {
  it('gives every category the token, level and explanations the web shows', () => {
    const tokens = Object.fromEntries(PII_CATEGORIES.map((category) => [category, CATEGORY_INFO[category].token]));
    expect(tokens).toEqual({
      person_name: '[NAAM]',
      possible_name: '[NAAM]',
      phone: '[TELEFOON]',
      email: '[E-MAIL]',
      url: '[URL]',
      handle: '[ACCOUNT]',
      street_address: '[ADRES]',
      postcode: '[POSTCODE]',
      bsn: '[BSN]',
      iban: '[IBAN]',
      licence_plate: '[KENTEKEN]',
      ip_address: '[IP-ADRES]',
      id_number: '[NUMMER]',
      date_of_birth: '[GEBOORTEDATUM]',
      date: '[DATUM]',
      institution: '[INSTELLING]',
      place: '[PLAATS]',
    });
    for (const category of PII_CATEGORIES) {
      const info = CATEGORY_INFO[category];
      expect(info.explanation.nl.length).toBeGreaterThan(20);
      expect(info.explanation.en.length).toBeGreaterThan(20);
      expect(info.label.nl.length).toBeGreaterThan(0);
      expect(info.label.en.length).toBeGreaterThan(0);
    }
  });

  it('makes only possible names, other dates, institutions and places quasi-identifiers', () => {
    const quasi = PII_CATEGORIES.filter((category) => levelOf(category) === 'quasi');
    expect(quasi).toEqual(['possible_name', 'date', 'institution', 'place']);
  });

  it('recognises category names', () => {
    expect(isPiiCategory('phone')).toBe(true);
    expect(isPiiCategory('telephone')).toBe(false);
  });
});
